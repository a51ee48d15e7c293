package id.nttmart.search;

import id.nttmart.catalog.ProductChanged;
import id.nttmart.inventory.StockChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox: a change to a product or its stock writes a row here in the same transaction, so a
 * crash between the database commit and the index write loses nothing. {@link SearchOutboxRelay} empties it.
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
    void on(StockChanged event) {
        enqueue(event.productId());
    }

    private void enqueue(long productId) {
        jdbc.sql("insert into search_outbox (product_id) values (:id)").param("id", productId).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        }
    }
}
