package id.nttmart.staff;

/** Where a paid shipment stands in its outlet's queue, in the order staff work through it. */
public enum QueueState {
    /** Paid, nobody has started picking it. */
    NEW,
    /** A staff member is taking the goods from the shelves and packing them. */
    PICKING,
    PACKED,
    /** Handed to a courier, with its tracking number. */
    SHIPPED,
    DELIVERED,
    READY_FOR_PICKUP,
    /** Handed to the buyer at the counter against their pickup code. */
    PICKED_UP,
    /** The outlet could not fill it; its lines were routed to other outlets or refunded. */
    REJECTED
}
