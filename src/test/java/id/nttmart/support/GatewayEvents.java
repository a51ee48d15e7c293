package id.nttmart.support;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gateway events as Stripe sends them (event envelope, Checkout Session object), signed like Stripe signs them
 * ({@code Stripe-Signature: t=...,v1=HMAC-SHA256}), for tests of late, duplicate, out-of-order and forged webhooks.
 */
public final class GatewayEvents {

    /** The webhook endpoint secret the test application is configured with. */
    public static final String SECRET = "whsec_integration_tests_only";

    private GatewayEvents() {}

    public static String newEventId() {
        return "evt_test_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** {@code checkout.session.completed}, paid. */
    public static String sessionCompleted(String eventId, String orderNumber, String sessionId, String paymentIntent,
            long amountIdr) {
        return envelope(eventId, "checkout.session.completed", """
                {"id":"%s","object":"checkout.session","mode":"payment","status":"complete","payment_status":"paid",\
                "amount_total":%d,"currency":"idr","payment_intent":"%s","client_reference_id":"%s",\
                "metadata":{"order_number":"%s"}}""".formatted(sessionId, amountIdr * 100, paymentIntent, orderNumber,
                orderNumber));
    }

    /** {@code checkout.session.expired}. */
    public static String sessionExpired(String eventId, String orderNumber, String sessionId) {
        return envelope(eventId, "checkout.session.expired", """
                {"id":"%s","object":"checkout.session","mode":"payment","status":"expired","payment_status":"unpaid",\
                "amount_total":100,"currency":"idr","payment_intent":null,"client_reference_id":"%s",\
                "metadata":{"order_number":"%s"}}""".formatted(sessionId, orderNumber, orderNumber));
    }

    private static String envelope(String eventId, String type, String object) {
        return """
                {"id":"%s","object":"event","api_version":"2025-09-30.clover","created":%d,"livemode":false,\
                "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"%s",\
                "data":{"object":%s}}""".formatted(eventId, Instant.now().getEpochSecond(), type, object);
    }

    /** The {@code Stripe-Signature} header for this payload, signed now with {@code secret}. */
    public static String signature(String payload, String secret) {
        return signature(payload, secret, Instant.now());
    }

    public static String signature(String payload, String secret, Instant at) {
        long t = at.getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
