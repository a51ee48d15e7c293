package id.nttmart.inventory;

import java.util.UUID;

/**
 * A hold gave its stock back: released (the buyer cancelled) or expired (unpaid past its expiry). Published inside
 * the transaction that ends it, so a listener's changes commit with it or not at all.
 */
public record HoldEnded(UUID holdId, Hold.Status status) {}
