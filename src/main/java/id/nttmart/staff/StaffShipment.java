package id.nttmart.staff;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A paid shipment as its outlet's staff see it: the order, the buyer, where it goes (an address, or pickup at the
 * counter), why it was routed to this outlet, and its lines.
 */
public record StaffShipment(long id, long outletId, String outletName, String orderNumber, Instant paidAt,
        String buyerName, String buyerPhone, boolean pickup, @Nullable String address, String routingReason,
        QueueState state, @Nullable String courier, @Nullable String trackingNumber,
        @Nullable String rejectionReason, List<Line> lines) {

    public StaffShipment {
        lines = List.copyOf(lines);
    }

    StaffShipment withLines(List<Line> lines) {
        return new StaffShipment(id, outletId, outletName, orderNumber, paidAt, buyerName, buyerPhone, pickup, address,
                routingReason, state, courier, trackingNumber, rejectionReason, lines);
    }

    public int units() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    /** One product of the shipment: what to take from the shelf. */
    public record Line(String sku, String name, int quantity) {}
}
