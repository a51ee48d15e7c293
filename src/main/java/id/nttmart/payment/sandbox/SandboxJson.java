package id.nttmart.payment.sandbox;

import com.stripe.Stripe;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Stripe's object shapes (the fields the shop and stripe-java read), written as Stripe writes them. */
final class SandboxJson {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private SandboxJson() {}

    static ObjectNode session(SandboxSessions.Session session, String pageUrl) {
        var node = JSON.createObjectNode();
        node.put("id", session.id());
        node.put("object", "checkout.session");
        node.put("amount_subtotal", session.amountTotal());
        node.put("amount_total", session.amountTotal());
        node.put("cancel_url", session.cancelUrl());
        node.put("client_reference_id", session.clientReferenceId());
        node.put("created", session.createdAt().getEpochSecond());
        node.put("currency", session.currency());
        node.put("customer_email", session.customerEmail());
        node.put("expires_at", session.expiresAt().getEpochSecond());
        node.put("livemode", false);
        node.put("locale", session.locale());
        node.set("metadata", map(session.metadata()));
        node.put("mode", "payment");
        node.put("payment_intent", session.paymentIntent());
        node.put("payment_status", session.paymentStatus());
        node.put("status", session.status());
        node.put("success_url", session.successUrl());
        node.put("url", "open".equals(session.status()) ? pageUrl : null);
        return node;
    }

    static ObjectNode failedPaymentIntent(SandboxSessions.Session session, String declineCode, String message) {
        var node = JSON.createObjectNode();
        node.put("id", session.paymentIntent());
        node.put("object", "payment_intent");
        node.put("amount", session.amountTotal());
        node.put("currency", session.currency());
        node.put("created", session.createdAt().getEpochSecond());
        node.put("livemode", false);
        node.set("metadata", map(session.intentMetadata()));
        node.put("status", "requires_payment_method");
        var error = node.putObject("last_payment_error");
        error.put("type", "card_error");
        error.put("code", "card_declined");
        error.put("decline_code", declineCode);
        error.put("message", message);
        return node;
    }

    static ObjectNode charge(SandboxSessions.Session session, long amountRefunded) {
        var node = JSON.createObjectNode();
        node.put("id", session.charge());
        node.put("object", "charge");
        node.put("amount", session.amountTotal());
        node.put("amount_captured", session.amountTotal());
        node.put("amount_refunded", amountRefunded);
        node.put("captured", true);
        node.put("currency", session.currency());
        node.put("livemode", false);
        node.set("metadata", map(session.intentMetadata()));
        node.put("paid", true);
        node.put("payment_intent", session.paymentIntent());
        node.put("refunded", amountRefunded >= session.amountTotal());
        node.put("status", "succeeded");
        return node;
    }

    static ObjectNode refund(String id, SandboxSessions.Session session, long amount, Map<String, String> metadata,
            Instant created) {
        var node = JSON.createObjectNode();
        node.put("id", id);
        node.put("object", "refund");
        node.put("amount", amount);
        node.put("charge", session.charge());
        node.put("created", created.getEpochSecond());
        node.put("currency", session.currency());
        node.set("metadata", map(metadata));
        node.put("payment_intent", session.paymentIntent());
        node.putNull("reason");
        node.put("status", "succeeded");
        return node;
    }

    static ObjectNode event(String id, String type, JsonNode object, Instant created) {
        var node = JSON.createObjectNode();
        node.put("id", id);
        node.put("object", "event");
        node.put("api_version", Stripe.API_VERSION);
        node.put("created", created.getEpochSecond());
        node.putObject("data").set("object", object);
        node.put("livemode", false);
        node.put("pending_webhooks", 1);
        var request = node.putObject("request");
        request.putNull("id");
        request.putNull("idempotency_key");
        node.put("type", type);
        return node;
    }

    /** Stripe's error shape: {@code {"error":{"type":...,"code":...,"message":...,"param":...}}}. */
    static String error(String type, @Nullable String code, String message, @Nullable String param) {
        var node = JSON.createObjectNode();
        var error = node.putObject("error");
        error.put("type", type);
        if (code != null) {
            error.put("code", code);
        }
        error.put("message", message);
        if (param != null) {
            error.put("param", param);
        }
        return JSON.writeValueAsString(node);
    }

    static ObjectNode map(Map<String, String> values) {
        var node = JSON.createObjectNode();
        values.forEach(node::put);
        return node;
    }
}
