package id.nttmart.inventory;

import id.nttmart.routing.OrderLine;
import java.util.List;
import java.util.UUID;

/**
 * An outlet rejected a shipment and no other outlet holds these lines: the buyer must be told and refunded for
 * them (checkout listens).
 */
public record ShipmentLinesUnfillable(UUID holdId, long rejectedShipmentId, List<OrderLine> lines) {}
