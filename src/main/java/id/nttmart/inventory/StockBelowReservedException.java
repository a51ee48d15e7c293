package id.nttmart.inventory;

/** A count or import would leave fewer units on hand than are already reserved for orders. */
public class StockBelowReservedException extends RuntimeException {

    public StockBelowReservedException(long outletId, long productId, int onHand) {
        super("stock of " + onHand + " at outlet " + outletId + " is below the units already reserved for orders"
                + " (product " + productId + ")");
    }
}
