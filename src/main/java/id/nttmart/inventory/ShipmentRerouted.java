package id.nttmart.inventory;

import java.util.UUID;

/**
 * An outlet rejected a shipment and its lines were routed again (to other outlets, or reported unfillable);
 * published inside that transaction, so listeners see the new shipments.
 */
public record ShipmentRerouted(UUID holdId, long rejectedShipmentId) {}
