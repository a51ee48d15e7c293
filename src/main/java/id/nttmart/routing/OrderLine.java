package id.nttmart.routing;

/** One line of an order to route: a product and how many units of it the buyer wants. */
public record OrderLine(long productId, int quantity) {

    public OrderLine {
        if (quantity < 1) {
            throw new IllegalArgumentException("An order line needs at least one unit, got " + quantity);
        }
    }
}
