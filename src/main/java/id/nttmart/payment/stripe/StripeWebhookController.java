package id.nttmart.payment.stripe;

import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's webhook: verifies {@code Stripe-Signature} over the raw body (5 minutes tolerance), then in one
 * transaction records the event id and, when it is new, publishes its {@link id.nttmart.payment.PaymentEvent} to
 * the listeners, which run inside that transaction. A listener that fails rolls the record back and the answer is
 * 500, so the gateway delivers the event again.
 */
@RestController
class StripeWebhookController {

    static final long TOLERANCE_SECONDS = 300;

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookSecret secret;
    private final PaymentEventLog eventLog;
    private final EventTranslator translator;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher publisher;

    StripeWebhookController(WebhookSecret secret, PaymentEventLog eventLog, TransactionTemplate transaction,
            ApplicationEventPublisher publisher) {
        this.secret = secret;
        this.eventLog = eventLog;
        this.translator = new EventTranslator(eventLog::orderOf);
        this.transaction = transaction;
        this.publisher = publisher;
    }

    private static final int MAX_BODY_BYTES = 256 * 1024;

    @PostMapping("/api/v1/payments/webhook")
    ResponseEntity<Map<String, Object>> receive(jakarta.servlet.http.HttpServletRequest request,
            @RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature)
            throws java.io.IOException {
        // Stripe's events are a few KB; a larger body is refused before anything is verified or kept in memory.
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return error(413, "too large");
        }
        String payload = new String(body, StandardCharsets.UTF_8);
        if (signature == null || signature.isBlank()) {
            return error(400, "missing Stripe-Signature");
        }
        try {
            Webhook.constructEvent(payload, signature, secret.value(), TOLERANCE_SECONDS);
        } catch (Exception e) {
            log.warn("Refused a payment webhook: {}", e.getMessage());
            return error(400, "invalid signature");
        }
        EventTranslator.Translation event;
        try {
            event = translator.translate(JSON.readTree(payload));
        } catch (RuntimeException e) {
            log.error("A signed payment webhook could not be read", e);
            return error(400, "unreadable event");
        }
        try {
            Boolean fresh = transaction.execute(status -> {
                if (!eventLog.recordIfNew(event.id(), event.type(), event.orderNumber(), event.paymentIntent(),
                        payload)) {
                    return false;
                }
                if (event.event() != null) {
                    publisher.publishEvent(event.event());
                } else {
                    log.info("Recorded payment event {} ({}) without acting on it", event.id(), event.type());
                }
                return true;
            });
            return ResponseEntity.ok(Map.of("received", true, "duplicate", !Boolean.TRUE.equals(fresh)));
        } catch (RuntimeException e) {
            log.error("Payment event {} ({}) failed; the gateway will deliver it again", event.id(), event.type(), e);
            return error(500, "processing failed");
        }
    }

    private static ResponseEntity<Map<String, Object>> error(int status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
