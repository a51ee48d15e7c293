package id.nttmart.payment;

/** A hosted payment page: the gateway's session id (kept with the order) and where to send the buyer. */
public record CheckoutPage(String sessionId, String url) {}
