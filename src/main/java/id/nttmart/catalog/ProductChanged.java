package id.nttmart.catalog;

/**
 * Published inside the transaction that changed a product, so listeners that write in the same transaction (the
 * search outbox) commit or roll back with the change.
 */
public record ProductChanged(long productId) {}
