package id.nttmart.payment;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.payment.stripe.WebhookSecret;
import id.nttmart.support.GatewayEvents;
import id.nttmart.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The webhook endpoint against the running shop: Stripe's signature, once-only publication, redelivery. */
@IntegrationTest
class WebhookTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    WebhookSecret secret;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private RecordedPaymentEvents recorded;

    @BeforeEach
    void listen() {
        recorded = RecordedPaymentEvents.on(context);
    }

    @AfterEach
    void stopListening() {
        recorded.close();
    }

    @Test
    void a_signed_event_is_published_once_and_a_redelivery_is_a_duplicate() throws Exception {
        String order = order();
        String event = sessionCompleted(order, "cs_test_hook1", "pi_hook1", 32_500_000);

        var first = post(event, signature(event, now()));
        var again = post(event, signature(event, now()));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).get("duplicate").asBoolean()).isFalse();
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("received").asBoolean()).isTrue();
        assertThat(JSON.readTree(again.body()).get("duplicate").asBoolean()).isTrue();
        assertThat(recorded.of(order)).hasSize(1).first().isInstanceOfSatisfying(PaymentEvent.Paid.class, paid -> {
            assertThat(paid.amountIdr()).isEqualTo(325_000);
            assertThat(paid.sessionId()).isEqualTo("cs_test_hook1");
            assertThat(paid.paymentIntentId()).isEqualTo("pi_hook1");
            assertThat(paid.eventId()).isEqualTo(JSON.readTree(event).get("id").asString());
        });
        assertThat(recordedRows(order)).isEqualTo(1);
    }

    @Test
    void a_bad_or_missing_signature_is_refused_and_changes_nothing() throws Exception {
        String order = order();
        String event = sessionCompleted(order, "cs_test_hook2", "pi_hook2", 10_000_000);
        String tampered = event.replace("10000000", "100");

        assertThat(post(tampered, signature(event, now())).statusCode()).isEqualTo(400);
        assertThat(post(event, "t=" + now() + ",v1=" + "ab".repeat(32)).statusCode()).isEqualTo(400);
        assertThat(post(event, null).statusCode()).isEqualTo(400);
        var refused = post(event, signature(event, now(), "whsec_someone_else"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("error").asString()).isNotBlank();

        assertThat(recorded.of(order)).isEmpty();
        assertThat(recordedRows(order)).isZero();
    }

    @Test
    void a_signature_older_than_five_minutes_is_refused() throws Exception {
        String order = order();
        String event = sessionCompleted(order, "cs_test_hook3", "pi_hook3", 10_000_000);

        assertThat(post(event, signature(event, now() - 6 * 60)).statusCode()).isEqualTo(400);
        assertThat(recordedRows(order)).isZero();
        assertThat(post(event, signature(event, now() - 4 * 60)).statusCode()).isEqualTo(200);
        assertThat(recorded.of(order)).hasSize(1);
    }

    @Test
    void a_failing_listener_answers_500_and_leaves_the_event_unrecorded_for_redelivery() throws Exception {
        String order = order();
        String event = sessionCompleted(order, "cs_test_hook4", "pi_hook4", 10_000_000);
        recorded.failWhen = paid -> paid.orderNumber().equals(order);

        assertThat(post(event, signature(event, now())).statusCode()).isEqualTo(500);
        assertThat(recordedRows(order)).isZero();

        recorded.failWhen = paid -> false;
        var redelivered = post(event, signature(event, now()));
        assertThat(redelivered.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(redelivered.body()).get("duplicate").asBoolean()).isFalse();
        assertThat(recorded.of(order)).hasSize(1);
        assertThat(recordedRows(order)).isEqualTo(1);
    }

    @Test
    void other_event_types_are_recorded_and_translated() throws Exception {
        String order = order();
        String unknown = event("customer.created", "{\"id\":\"cus_1\",\"object\":\"customer\"}");
        String failed = event("payment_intent.payment_failed", """
                {"id":"pi_hook5","object":"payment_intent","metadata":{"order_number":"%s"},
                 "last_payment_error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds",
                 "message":"Your card has insufficient funds."}}""".formatted(order));
        // Charges need not carry the order's metadata: the order comes from the payment intent seen before.
        String refunded = event("charge.refunded", """
                {"id":"ch_hook5","object":"charge","amount":10000000,"amount_refunded":4000000,
                 "payment_intent":"pi_hook5","metadata":{}}""");
        String expired = event("checkout.session.expired", """
                {"id":"cs_test_hook5","object":"checkout.session","status":"expired","payment_status":"unpaid",
                 "client_reference_id":"%s","metadata":{"order_number":"%s"}}""".formatted(order, order));

        for (String event : new String[] {unknown, failed, refunded, expired}) {
            var answer = post(event, signature(event, now()));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(answer.body()).get("duplicate").asBoolean()).isFalse();
        }

        assertThat(jdbc.sql("select count(*) from payment_event where id = :id")
                .param("id", JSON.readTree(unknown).get("id").asString()).query(Long.class).single()).isOne();
        assertThat(recorded.of(order, PaymentEvent.Failed.class)).singleElement().satisfies(failure -> {
            assertThat(failure.paymentIntentId()).isEqualTo("pi_hook5");
            assertThat(failure.reason()).contains("insufficient funds").contains("insufficient_funds");
        });
        assertThat(recorded.of(order, PaymentEvent.Refunded.class)).singleElement().satisfies(refund -> {
            assertThat(refund.amountIdr()).isEqualTo(40_000);
            assertThat(refund.paymentIntentId()).isEqualTo("pi_hook5");
        });
        assertThat(recorded.of(order, PaymentEvent.PageExpired.class)).singleElement()
                .satisfies(page -> assertThat(page.sessionId()).isEqualTo("cs_test_hook5"));
        assertThat(recorded.of(order)).hasSize(3);
    }

    @Test
    void an_unpaid_completed_session_is_recorded_but_not_a_payment() throws Exception {
        String order = order();
        String event = sessionCompleted(order, "cs_test_hook6", "pi_hook6", 10_000_000).replace("\"paid\"",
                "\"unpaid\"");

        assertThat(post(event, signature(event, now())).statusCode()).isEqualTo(200);
        assertThat(recordedRows(order)).isEqualTo(1);
        assertThat(recorded.of(order)).isEmpty();
    }

    private HttpResponse<String> post(String payload, String signature) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/payments/webhook"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signature(String payload, long timestamp) {
        return signature(payload, timestamp, secret.value());
    }

    /** Stripe's scheme, written independently of the sandbox's signer (the tests' one signer). */
    private static String signature(String payload, long timestamp, String key) {
        return GatewayEvents.signature(payload, key, Instant.ofEpochSecond(timestamp));
    }

    private long recordedRows(String order) {
        return jdbc.sql("select count(*) from payment_event where order_number = :order").param("order", order)
                .query(Long.class).single();
    }

    private static String sessionCompleted(String order, String session, String intent, long amountTotal) {
        return event("checkout.session.completed", """
                {"id":"%s","object":"checkout.session","amount_total":%d,"currency":"idr","mode":"payment",
                 "status":"complete","payment_status":"paid","payment_intent":"%s","client_reference_id":"%s",
                 "metadata":{"order_number":"%s"}}""".formatted(session, amountTotal, intent, order, order));
    }

    private static String event(String type, String object) {
        return """
                {"id":"evt_%s","object":"event","api_version":"2026-05-27.dahlia","created":%d,"livemode":false,
                 "type":"%s","data":{"object":%s}}""".formatted(UUID.randomUUID().toString().replace("-", ""), now(),
                type, object);
    }

    private static String order() {
        return "NTT-HOOK-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
