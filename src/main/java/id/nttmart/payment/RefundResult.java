package id.nttmart.payment;

/** The gateway's refund: its id and status ({@code succeeded}, {@code pending}, {@code failed}, ...). */
public record RefundResult(String refundId, String status) {}
