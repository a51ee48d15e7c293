package id.nttmart.inventory;

/** Published inside the transaction that changed a product's stock at some outlet. */
public record StockChanged(long productId) {}
