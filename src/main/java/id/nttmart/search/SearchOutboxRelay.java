package id.nttmart.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries outbox rows to Elasticsearch. Each batch is locked with {@code FOR UPDATE SKIP LOCKED}, so several app
 * instances share the work without handling a row twice at once, and rows are deleted only in the transaction
 * that saw Elasticsearch accept them: a failure leaves them for the next round. A commit wakes the relay at once;
 * otherwise it looks every few hundred milliseconds.
 */
@Component
class SearchOutboxRelay implements SmartLifecycle {

    /** Held shared by relays and exclusively by a full rebuild, across all instances (PostgreSQL advisory lock). */
    static final long REBUILD_LOCK = 0x4e54_544d_0001L;

    private static final Logger log = LoggerFactory.getLogger(SearchOutboxRelay.class);
    private static final int BATCH = 500;
    private static final long IDLE_POLL_MILLIS = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ProductIndex index;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean ready;
    private Thread worker;

    SearchOutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, ProductIndex index) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.index = index;
    }

    void wakeUp() {
        wakeUps.release();
    }

    /** Called once the index exists; before that, rows simply wait. */
    void indexReady() {
        ready = true;
        wakeUp();
    }

    /** Handles one batch; returns how many outbox rows it cleared. */
    int relayOnce() {
        Integer cleared = transactions.execute(tx -> {
            Boolean mayRun = jdbc.sql("select pg_try_advisory_xact_lock_shared(:key)").param("key", REBUILD_LOCK)
                    .query(Boolean.class).single();
            if (!mayRun) {
                return 0;
            }
            Map<Long, Long> newestEntryByProduct = new LinkedHashMap<>();
            List<long[]> rows = jdbc.sql("""
                            select id, product_id from search_outbox order by id limit :batch
                            for update skip locked""")
                    .param("batch", BATCH)
                    .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("product_id")})
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            rows.forEach(r -> newestEntryByProduct.merge(r[1], r[0], Math::max));
            try {
                index.apply(newestEntryByProduct.keySet(), newestEntryByProduct);
            } catch (IOException e) {
                throw new SearchUnavailableException("Elasticsearch did not accept the index writes", e);
            }
            jdbc.sql("delete from search_outbox where id in (:ids)")
                    .param("ids", rows.stream().map(r -> r[0]).toList())
                    .update();
            return rows.size();
        });
        return cleared == null ? 0 : cleared;
    }

    private void loop() {
        while (running) {
            try {
                int cleared = ready ? relayOnce() : 0;
                if (cleared < BATCH) {
                    wakeUps.tryAcquire(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Search outbox relay will retry: {}", e.getMessage());
                pause();
            }
        }
    }

    /** Backs off after a failure; a commit still wakes it early. */
    private void pause() {
        try {
            wakeUps.tryAcquire(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("search-outbox-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
