package id.nttmart.routing;

import java.util.List;
import java.util.Objects;

/** The lines one outlet sends (or hands over), and the rule that sent them there. */
public record Shipment(long outletId, List<OrderLine> lines, RoutingReason reason) {

    public Shipment {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A shipment from outlet " + outletId + " needs at least one line");
        }
        Objects.requireNonNull(reason, "reason");
    }
}
