package id.nttmart.inventory;

/** A product's stock at one outlet. Available is what the storefront shows and checkout can reserve. */
public record OutletStock(long outletId, int onHand, int reserved) {

    public int available() {
        return onHand - reserved;
    }
}
