package id.nttmart.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * instances share the work without handling a row twice at once; a product is written by one relay at a time (an
 * advisory lock per product), with a version drawn after that lock, so each product's document only ever moves to a
 * newer state; rows are deleted only in the transaction that saw Elasticsearch accept them: a failure leaves them
 * for the next round. A commit wakes the relay at once;
 * otherwise it looks every few hundred milliseconds.
 */
@Component
class SearchOutboxRelay implements SmartLifecycle {

    /** Held shared by relays and exclusively by a full rebuild, across all instances (PostgreSQL advisory lock). */
    static final long REBUILD_LOCK = 0x4e54_544d_0001L;
    /** Per product, held by the relay writing it: this namespace OR the product id (PostgreSQL advisory lock). */
    static final long PRODUCT_LOCKS = 0x4e54_5300_0000_0000L;

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
            List<long[]> rows = jdbc.sql("""
                            select id, product_id from search_outbox order by id limit :batch
                            for update skip locked""")
                    .param("batch", BATCH)
                    .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("product_id")})
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            // One relay at a time per product, across nodes: another relay may have claimed older rows of the same
            // product and not written them yet; writing ours first would let its older read land after ours. Rows of
            // such products stay for a later round.
            List<Long> mine = jdbc.sql("""
                            select p from unnest(cast(:products as bigint[])) as p
                            where pg_try_advisory_xact_lock(:namespace | p)""")
                    .param("products", rows.stream().map(r -> r[1]).distinct().toArray(Long[]::new))
                    .param("namespace", PRODUCT_LOCKS)
                    .query(Long.class).list();
            if (mine.isEmpty()) {
                return 0;
            }
            // The version is drawn after the locks and before the read, so for each product a later write always
            // carries a higher version and a newer state, whatever order the outbox rows' transactions committed in.
            long version = jdbc.sql("select nextval(pg_get_serial_sequence('search_outbox', 'id'))")
                    .query(Long.class).single();
            Map<Long, Long> versions = new LinkedHashMap<>();
            mine.forEach(product -> versions.put(product, version));
            try {
                index.apply(mine, versions);
            } catch (IOException e) {
                throw new SearchUnavailableException("Elasticsearch did not accept the index writes", e);
            }
            Set<Long> handled = Set.copyOf(mine);
            List<Long> done = rows.stream().filter(r -> handled.contains(r[1])).map(r -> r[0]).toList();
            jdbc.sql("delete from search_outbox where id in (:ids)").param("ids", done).update();
            return done.size();
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
