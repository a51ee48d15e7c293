package id.nttmart.payment.stripe;

import id.nttmart.payment.PaymentEvent;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Stripe event from its raw JSON tree (not stripe-java's typed models, which depend on the API version) and
 * says which {@link PaymentEvent} it means, if any.
 */
final class EventTranslator {

    /** What a gateway event is about; {@code event} is null for types the shop does not act on. */
    record Translation(String id, String type, @Nullable String orderNumber, @Nullable String paymentIntent,
            @Nullable PaymentEvent event) {}

    private final Function<String, Optional<String>> orderOfPaymentIntent;

    /** @param orderOfPaymentIntent the order of a payment intent seen before, for objects without metadata */
    EventTranslator(Function<String, Optional<String>> orderOfPaymentIntent) {
        this.orderOfPaymentIntent = orderOfPaymentIntent;
    }

    Translation translate(JsonNode event) {
        String id = required(event, "id");
        String type = required(event, "type");
        Instant created = Instant.ofEpochSecond(event.path("created").asLong(0));
        JsonNode object = event.path("data").path("object");
        return switch (type) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> paid(id, type, created,
                    object);
            case "checkout.session.expired" -> {
                String order = orderOfSession(object);
                yield new Translation(id, type, order, idOf(object, "payment_intent"), order == null ? null
                        : new PaymentEvent.PageExpired(id, order, created, required(object, "id")));
            }
            case "payment_intent.payment_failed" -> {
                String intent = required(object, "id");
                String order = orderOf(object, intent);
                yield new Translation(id, type, order, intent, order == null ? null
                        : new PaymentEvent.Failed(id, order, created, intent, failureReason(object)));
            }
            case "charge.refunded" -> {
                String intent = idOf(object, "payment_intent");
                String order = orderOf(object, intent);
                yield new Translation(id, type, order, intent, order == null || intent == null ? null
                        : new PaymentEvent.Refunded(id, order, created, intent,
                                IdrAmount.toRupiah(object.path("amount_refunded").asLong())));
            }
            default -> new Translation(id, type, orderOfSession(object), idOf(object, "payment_intent"), null);
        };
    }

    private Translation paid(String id, String type, Instant created, JsonNode session) {
        String order = orderOfSession(session);
        String intent = idOf(session, "payment_intent");
        boolean paid = "paid".equals(text(session, "payment_status"));
        PaymentEvent event = paid && order != null && intent != null
                ? new PaymentEvent.Paid(id, order, created, required(session, "id"), intent,
                        IdrAmount.toRupiah(session.path("amount_total").asLong()))
                : null;
        return new Translation(id, type, order, intent, event);
    }

    private static @Nullable String orderOfSession(JsonNode session) {
        String order = text(session.path("metadata"), StripeGateway.ORDER_NUMBER);
        return order != null ? order : text(session, "client_reference_id");
    }

    private @Nullable String orderOf(JsonNode object, @Nullable String paymentIntent) {
        String order = text(object.path("metadata"), StripeGateway.ORDER_NUMBER);
        if (order == null && paymentIntent != null) {
            order = orderOfPaymentIntent.apply(paymentIntent).orElse(null);
        }
        return order;
    }

    private static String failureReason(JsonNode intent) {
        JsonNode error = intent.path("last_payment_error");
        String message = text(error, "message");
        String code = text(error, "decline_code");
        if (code == null) {
            code = text(error, "code");
        }
        if (message == null) {
            return code == null ? "payment failed" : code;
        }
        return code == null ? message : message + " (" + code + ")";
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("event without " + field);
        }
        return value;
    }

    /** An id field, also when expanded into the object it names. */
    private static @Nullable String idOf(JsonNode node, String field) {
        return node.path(field).isObject() ? text(node.path(field), "id") : text(node, field);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }
}
