package id.nttmart.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which outlet fulfils which lines of an order, by the rules in order, each only breaking the
 * ties the one before left: (1) pickup at the buyer's outlet only; (2) fewest shipments; (3) the destination's
 * island; (4) nearest; (5) most stock, then outlet code. Pure and stateless: safe to share between threads.
 *
 * <p>A line is routed whole or not at all: a line more than all outlets together hold is unfillable as a whole,
 * so the buyer decides about a smaller quantity instead of silently getting less.
 */
public final class Router {

    /** Routes an order over the outlets' current stock. */
    public RoutingPlan route(List<OrderLine> lines, Destination destination, List<OutletStock> outlets) {
        return reroute(lines, destination, outlets, Set.of());
    }

    /**
     * Routes the lines again after outlets rejected them, by the same rules with those outlets excluded; lines
     * nobody else can fill come back as unfillable.
     */
    public RoutingPlan reroute(List<OrderLine> lines, Destination destination, List<OutletStock> outlets,
            Set<Long> excludedOutletIds) {
        requireDistinctIds(outlets);
        List<OrderLine> merged = merge(lines);
        List<OutletStock> eligible =
                outlets.stream().filter(o -> !excludedOutletIds.contains(o.outletId())).toList();
        return switch (destination) {
            case Destination.Pickup pickup -> pickup(merged, pickup.outletId(), eligible);
            case Destination.Delivery delivery -> delivery(merged, delivery, eligible);
        };
    }

    /** Rule 1: only the chosen outlet; what it lacks is unfillable, never fetched from elsewhere. */
    private static RoutingPlan pickup(List<OrderLine> lines, long outletId, List<OutletStock> eligible) {
        Optional<OutletStock> outlet = eligible.stream().filter(o -> o.outletId() == outletId).findFirst();
        List<OrderLine> filled = new ArrayList<>();
        List<OrderLine> unfillable = new ArrayList<>();
        for (OrderLine line : lines) {
            boolean inStock = outlet.map(o -> o.available(line.productId()) >= line.quantity()).orElse(false);
            (inStock ? filled : unfillable).add(line);
        }
        List<Shipment> shipments =
                filled.isEmpty() ? List.of() : List.of(new Shipment(outletId, filled, RoutingReason.PICKUP));
        return new RoutingPlan(shipments, unfillable);
    }

    /** Rules 2 to 5, after setting aside the lines that all outlets together cannot fill. */
    private static RoutingPlan delivery(List<OrderLine> lines, Destination.Delivery destination,
            List<OutletStock> eligible) {
        List<OrderLine> fillable = new ArrayList<>();
        List<OrderLine> unfillable = new ArrayList<>();
        for (OrderLine line : lines) {
            long units = eligible.stream().mapToLong(o -> o.available(line.productId())).sum();
            (units >= line.quantity() ? fillable : unfillable).add(line);
        }
        if (fillable.isEmpty()) {
            return new RoutingPlan(List.of(), unfillable);
        }
        RoutingProblem problem = new RoutingProblem(fillable, destination, eligible);
        SetSearch.Choice choice = new SetSearch(problem).choose();
        return new RoutingPlan(LineAssignment.shipments(problem, choice), unfillable);
    }

    /** Lines of the same product become one, so no product is counted twice against one outlet's stock. */
    private static List<OrderLine> merge(List<OrderLine> lines) {
        Map<Long, Integer> units = new LinkedHashMap<>();
        for (OrderLine line : lines) {
            units.merge(line.productId(), line.quantity(), Math::addExact);
        }
        return units.entrySet().stream().map(e -> new OrderLine(e.getKey(), e.getValue())).toList();
    }

    private static void requireDistinctIds(List<OutletStock> outlets) {
        Set<Long> seen = new HashSet<>();
        for (OutletStock outlet : outlets) {
            if (!seen.add(outlet.outletId())) {
                throw new IllegalArgumentException("Outlet " + outlet.outletId() + " is listed twice");
            }
        }
    }
}
