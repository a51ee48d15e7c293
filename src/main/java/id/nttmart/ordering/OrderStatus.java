package id.nttmart.ordering;

/** Where an order stands as a whole; each shipment has its own step ({@link ShipmentStep}). */
public enum OrderStatus {
    /** Stock held; waiting for the gateway to confirm the payment. */
    PENDING_PAYMENT,
    /** Paid; the outlets pack and send (or hand over) its shipments. */
    PAID,
    /** Not paid before the hold lapsed; the stock went back. */
    EXPIRED,
    /** Cancelled by the buyer before packing; a paid one is refunded. */
    CANCELLED,
    /** Paid, then the money went back in full (cancelled after payment, or stock that could not be had). */
    REFUNDED,
    /** Every shipment delivered or picked up. */
    FULFILLED
}
