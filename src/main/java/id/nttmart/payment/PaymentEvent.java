package id.nttmart.payment;

import java.time.Instant;

/**
 * A verified, first-seen gateway event, published synchronously inside the transaction that records its id: a
 * listener that throws rolls the record back, the webhook answers 500, and the gateway delivers it again. Events
 * can arrive in any order and late; listeners must not assume otherwise.
 */
public sealed interface PaymentEvent {

    /** The gateway's event id ({@code evt_...}). */
    String eventId();

    /** The order number given in {@link PaymentRequest#orderNumber()}. */
    String orderNumber();

    Instant createdAt();

    /** The hosted page was paid in full ({@code checkout.session.completed} with {@code payment_status=paid}). */
    record Paid(String eventId, String orderNumber, Instant createdAt, String sessionId, String paymentIntentId,
            long amountIdr) implements PaymentEvent {}

    /** The hosted page lapsed unpaid ({@code checkout.session.expired}). */
    record PageExpired(String eventId, String orderNumber, Instant createdAt, String sessionId)
            implements PaymentEvent {}

    /** A payment attempt failed, e.g. a declined card ({@code payment_intent.payment_failed}); the page stays open. */
    record Failed(String eventId, String orderNumber, Instant createdAt, String paymentIntentId, String reason)
            implements PaymentEvent {}

    /** Money went back to the buyer ({@code charge.refunded}); {@code amountIdr} is the total refunded so far. */
    record Refunded(String eventId, String orderNumber, Instant createdAt, String paymentIntentId,
            long amountIdr) implements PaymentEvent {}
}
