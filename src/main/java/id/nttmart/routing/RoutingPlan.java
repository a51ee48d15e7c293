package id.nttmart.routing;

import java.util.List;

/**
 * The outcome of routing an order: the shipments, one per outlet, and the lines no outlet can fill. Unfillable
 * lines are reported rather than thrown, so the caller can still take the rest of the order.
 */
public record RoutingPlan(List<Shipment> shipments, List<OrderLine> unfillable) {

    public RoutingPlan {
        shipments = List.copyOf(shipments);
        unfillable = List.copyOf(unfillable);
    }

    /** Whether every line found an outlet. */
    public boolean complete() {
        return unfillable.isEmpty();
    }
}
