package id.nttmart.payment;

/**
 * A Stripe-compatible payment gateway. Every call that creates something carries the caller's idempotency key, so
 * a retried call (after a time-out, a crash, a second click) never charges or refunds twice.
 */
public interface PaymentGateway {

    /**
     * Opens a hosted payment page (a Checkout Session) for one order.
     *
     * @throws PaymentGatewayException when the gateway refuses or cannot be reached (after its own retries)
     */
    CheckoutPage open(PaymentRequest request);

    /**
     * Refunds (part of) a payment; the same idempotency key always means the same refund.
     *
     * @throws PaymentGatewayException when the gateway refuses or cannot be reached (after its own retries)
     */
    RefundResult refund(RefundRequest request);

    /** Stops a page from being paid (a cancelled or lapsed order); an already expired or paid page is left alone. */
    void close(String sessionId);
}
