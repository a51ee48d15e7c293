package id.nttmart.routing;

/**
 * The rule that decided where a shipment goes, stored with it so staff and buyers can be told why an order
 * comes from a far outlet. Listed in the order the rules apply.
 */
public enum RoutingReason {
    /** The buyer picks the order up at the outlet they chose. */
    PICKUP,
    /** No other outlet, or set of outlets, could serve the lines. */
    ONLY_OUTLET,
    /** Fewer shipments than any alternative: one outlet beat a split, or only one smallest split existed. */
    FEWEST_SHIPMENTS,
    /** On the destination's island, where shipping avoids the sea. */
    SAME_ISLAND,
    /** Nearest to the destination by great-circle distance. */
    NEAREST,
    /** Most available stock of the ordered products. */
    MOST_STOCK,
    /** A full tie, settled by outlet code so the same order always routes the same way. */
    OUTLET_ORDER
}
