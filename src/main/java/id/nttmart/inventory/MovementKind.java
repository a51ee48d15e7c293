package id.nttmart.inventory;

/** Why stock changed. Each kind moves on-hand and reserved units in its own way. */
public enum MovementKind {
    /** Delivered by a producer: more on hand. */
    RECEIVED,
    /** Held for an order: more reserved. */
    RESERVED,
    /** A hold ended without the goods leaving: less reserved. */
    RELEASED,
    /** Handed to a courier: less on hand and less reserved. */
    SHIPPED,
    /** Picked up by the buyer at the outlet: less on hand and less reserved. */
    HANDED_OVER,
    /** Corrected with a reason (damaged, lost, found). */
    ADJUSTED,
    /** Set to what a count found. */
    COUNTED
}
