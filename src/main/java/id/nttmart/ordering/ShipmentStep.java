package id.nttmart.ordering;

/** A shipment's progress as the buyer sees it on the tracking page. */
public enum ShipmentStep {
    PACKING,
    PACKED,
    SHIPPED,
    READY_FOR_PICKUP,
    DELIVERED,
    PICKED_UP,
    /** The outlet could not fill it; its lines went to another outlet or were refunded. */
    REJECTED,
    /** The order was cancelled or lapsed before this shipment left. */
    CANCELLED
}
