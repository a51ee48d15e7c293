package id.nttmart.staff;

/** A product's stock at one outlet: on hand, reserved for paid or held orders, and available to sell. */
public record StockItem(long outletId, long productId, String sku, String name, long priceIdr, int onHand,
        int reserved) {

    public int available() {
        return onHand - reserved;
    }
}
