package id.nttmart.inventory;

import id.nttmart.routing.OrderLine;
import id.nttmart.routing.RoutingReason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stock held for an unpaid (then paid) order, fulfilled by one shipment per outlet. */
public record Hold(UUID id, Status status, Instant expiresAt, List<HeldShipment> shipments) {

    public Hold {
        shipments = List.copyOf(shipments);
    }

    public enum Status {
        HELD,
        CONFIRMED,
        RELEASED,
        EXPIRED
    }

    /** One outlet's part of the order and the routing rule that sent it there. */
    public record HeldShipment(long id, long outletId, String status, RoutingReason reason, List<OrderLine> lines) {

        public HeldShipment {
            lines = List.copyOf(lines);
        }
    }
}
