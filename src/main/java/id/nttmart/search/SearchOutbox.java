package id.nttmart.search;

import id.nttmart.catalog.ProductChanged;
import id.nttmart.inventory.AvailabilityChanged;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox: a change to a product or its stock writes a row here in the same transaction, so a
 * crash between the database commit and the index write loses nothing. The products a transaction touched are
 * collected and written in one insert just before it commits (a checkout touches several stock rows).
 * {@link SearchOutboxRelay} empties the table.
 */
@Component
class SearchOutbox {

    private final JdbcClient jdbc;
    private final SearchOutboxRelay relay;

    SearchOutbox(JdbcClient jdbc, SearchOutboxRelay relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    @EventListener
    void on(ProductChanged event) {
        enqueue(event.productId());
    }

    @EventListener
    void on(AvailabilityChanged event) {
        enqueue(event.productId());
    }

    private void enqueue(long productId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(List.of(productId));
            relay.wakeUp();
            return;
        }
        // Looked up among this transaction's synchronizations (not bound to the thread), so a nested
        // REQUIRES_NEW transaction gets a batch of its own.
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Batch.class::isInstance)
                .map(Batch.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    var batch = new Batch();
                    TransactionSynchronizationManager.registerSynchronization(batch);
                    return batch;
                })
                .productIds.add(productId);
    }

    private void write(List<Long> productIds) {
        jdbc.sql("insert into search_outbox (product_id) select unnest(cast(:ids as bigint[]))")
                .param("ids", productIds.toArray(Long[]::new))
                .update();
    }

    private final class Batch implements TransactionSynchronization {

        final Set<Long> productIds = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!productIds.isEmpty()) {
                write(List.copyOf(productIds));
            }
        }

        @Override
        public void afterCommit() {
            relay.wakeUp();
        }
    }
}
