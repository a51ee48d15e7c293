package id.nttmart.payment;

/** Give back {@code amountIdr} whole rupiah of the payment {@code paymentIntentId}. */
public record RefundRequest(String paymentIntentId, long amountIdr, String orderNumber, String reason,
        String idempotencyKey) {

    public RefundRequest {
        if (amountIdr < 1) {
            throw new IllegalArgumentException("A refund needs a positive amount");
        }
    }
}
