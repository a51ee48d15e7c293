package id.nttmart.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.nttmart.payment.stripe.StripeGateway;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Stripe adapter against a local HTTP stand-in that speaks Stripe's request and response shapes. */
class StripeGatewayTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    private final WireMockServer stripe = new WireMockServer(wireMockConfig().dynamicPort());
    private StripeGateway gateway;

    @BeforeEach
    void start() {
        stripe.start();
        var client = StripeGateway.client("http://localhost:" + stripe.port(), "sk_test_wiremock",
                Duration.ofSeconds(2), Duration.ofMillis(700), 2);
        gateway = new StripeGateway(() -> client, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        stripe.stop();
    }

    @Test
    void opening_a_page_sends_rupiah_in_hundredths_with_the_order_and_the_idempotency_key() {
        stripe.stubFor(post("/v1/checkout/sessions").willReturn(json(200, session("cs_test_a1", "open"))));

        var page = gateway.open(request("NTT-2026-000123", "key-open-1", NOW.plus(Duration.ofHours(2))));

        assertThat(page).isEqualTo(new CheckoutPage("cs_test_a1", "https://checkout.stripe.com/c/pay/cs_test_a1"));
        var sent = stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().getHeader("Idempotency-Key")).isEqualTo("key-open-1");
        assertThat(sent.getFirst().getHeader("Authorization")).isEqualTo("Bearer sk_test_wiremock");
        assertThat(form(sent.getFirst())).containsEntry("mode", "payment")
                .containsEntry("currency", "idr")
                .containsEntry("line_items[0][price_data][currency]", "idr")
                .containsEntry("line_items[0][price_data][unit_amount]", "15000000")
                .containsEntry("line_items[0][price_data][product_data][name]", "Kopi Arabika Bajawa 250 g")
                .containsEntry("line_items[0][quantity]", "2")
                .containsEntry("line_items[1][price_data][unit_amount]", "2500000")
                .containsEntry("line_items[1][quantity]", "1")
                .containsEntry("client_reference_id", "NTT-2026-000123")
                .containsEntry("metadata[order_number]", "NTT-2026-000123")
                .containsEntry("payment_intent_data[metadata][order_number]", "NTT-2026-000123")
                .containsEntry("customer_email", "tamu@example.com")
                .containsEntry("locale", "id")
                .containsEntry("expires_at", Long.toString(NOW.plus(Duration.ofHours(2)).getEpochSecond()))
                .containsEntry("success_url", "https://shop.example/bayar/selesai?s={CHECKOUT_SESSION_ID}")
                .containsEntry("cancel_url", "https://shop.example/bayar/batal");
    }

    @Test
    void a_page_expiry_outside_what_stripe_accepts_is_clamped_to_30_minutes_to_24_hours() {
        stripe.stubFor(post("/v1/checkout/sessions").willReturn(json(200, session("cs_test_a2", "open"))));

        gateway.open(request("NTT-1", "key-short", NOW.plus(Duration.ofMinutes(5))));
        gateway.open(request("NTT-2", "key-long", NOW.plus(Duration.ofDays(3))));

        var sent = stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
        long shortest = Long.parseLong(form(sent.get(0)).get("expires_at")) - NOW.getEpochSecond();
        long longest = Long.parseLong(form(sent.get(1)).get("expires_at")) - NOW.getEpochSecond();
        assertThat(shortest).isBetween(30 * 60L, 35 * 60L);
        assertThat(longest).isBetween(23 * 3600L, 24 * 3600L);
    }

    @Test
    void a_declined_card_is_final() {
        stripe.stubFor(post("/v1/refunds").willReturn(json(402, """
                {"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline",
                 "message":"Your card was declined."}}""")));

        var failure = catchThrowableOfType(PaymentGatewayException.class,
                () -> gateway.refund(new RefundRequest("pi_1", 1000, "NTT-3", "", "key-card")));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure).hasMessageContaining("Your card was declined");
        assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds")))).hasSize(1);
    }

    @Test
    void an_invalid_request_is_final_and_not_retried() {
        stripe.stubFor(post("/v1/checkout/sessions").willReturn(json(400, """
                {"error":{"type":"invalid_request_error","param":"expires_at",
                 "message":"The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation."}}
                """)));

        var failure = catchThrowableOfType(PaymentGatewayException.class,
                () -> gateway.open(request("NTT-4", "key-invalid", NOW.plus(Duration.ofHours(1)))));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure).hasMessageContaining("expires_at");
        assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")))).hasSize(1);
    }

    @Test
    void a_server_error_is_retried_by_stripe_java_with_the_same_idempotency_key() {
        stripe.stubFor(post("/v1/checkout/sessions").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(500, "{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong\"}}"))
                .willSetStateTo("recovered"));
        stripe.stubFor(post("/v1/checkout/sessions").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(json(200, session("cs_test_retry", "open"))));

        var page = gateway.open(request("NTT-5", "key-retry", NOW.plus(Duration.ofHours(1))));

        assertThat(page.sessionId()).isEqualTo("cs_test_retry");
        var sent = stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
        assertThat(sent).hasSize(2);
        assertThat(sent).extracting(request -> request.getHeader("Idempotency-Key"))
                .containsExactly("key-retry", "key-retry");
        assertThat(form(sent.get(0))).isEqualTo(form(sent.get(1)));
    }

    @Test
    void a_server_error_that_persists_is_retryable() {
        stripe.stubFor(post("/v1/refunds").willReturn(json(503, "{\"error\":{\"type\":\"api_error\"}}")));

        var failure = catchThrowableOfType(PaymentGatewayException.class,
                () -> gateway.refund(new RefundRequest("pi_2", 1000, "NTT-6", "", "key-503")));

        assertThat(failure.retryable()).isTrue();
        assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds")))).hasSize(3);
    }

    @Test
    void too_many_requests_is_retryable() {
        stripe.stubFor(post("/v1/refunds").willReturn(json(429, """
                {"error":{"type":"invalid_request_error","code":"rate_limit","message":"Too many requests"}}""")));

        var failure = catchThrowableOfType(PaymentGatewayException.class,
                () -> gateway.refund(new RefundRequest("pi_2", 1000, "NTT-6", "", "key-429")));

        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void an_answer_slower_than_the_read_timeout_is_retryable() {
        stripe.stubFor(post("/v1/checkout/sessions")
                .willReturn(json(200, session("cs_test_slow", "open")).withFixedDelay(2_000)));

        var failure = catchThrowableOfType(PaymentGatewayException.class,
                () -> gateway.open(request("NTT-7", "key-slow", NOW.plus(Duration.ofHours(1)))));

        assertThat(failure.retryable()).isTrue();
        var sent = stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
        assertThat(sent).hasSize(3).allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("key-slow"));
    }

    @Test
    void an_unreachable_gateway_is_retryable() {
        int port = stripe.port();
        stripe.stop();
        var client = StripeGateway.client("http://localhost:" + port, "sk_test_wiremock", Duration.ofMillis(500),
                Duration.ofMillis(500), 0);
        var offline = new StripeGateway(() -> client, Clock.fixed(NOW, ZoneOffset.UTC));

        var failure = catchThrowableOfType(PaymentGatewayException.class,
                () -> offline.open(request("NTT-8", "key-offline", NOW.plus(Duration.ofHours(1)))));

        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void a_refund_sends_the_amount_in_hundredths_with_the_order_and_the_idempotency_key() {
        stripe.stubFor(post("/v1/refunds").willReturn(json(200, """
                {"id":"re_123","object":"refund","amount":5000000,"currency":"idr","payment_intent":"pi_9",
                 "status":"succeeded","metadata":{"order_number":"NTT-9"}}""")));

        var result = gateway.refund(new RefundRequest("pi_9", 50_000, "NTT-9", "out of stock", "key-refund-1"));

        assertThat(result).isEqualTo(new RefundResult("re_123", "succeeded"));
        var sent = stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds")));
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().getHeader("Idempotency-Key")).isEqualTo("key-refund-1");
        assertThat(form(sent.getFirst())).containsEntry("payment_intent", "pi_9")
                .containsEntry("amount", "5000000")
                .containsEntry("metadata[order_number]", "NTT-9")
                .containsEntry("metadata[reason]", "out of stock");
    }

    @Test
    void closing_expires_the_session_and_tolerates_one_already_finished() {
        stripe.stubFor(post("/v1/checkout/sessions/cs_test_open/expire")
                .willReturn(json(200, session("cs_test_open", "expired"))));
        stripe.stubFor(post("/v1/checkout/sessions/cs_test_paid/expire").willReturn(json(400, """
                {"error":{"type":"invalid_request_error",
                 "message":"Only Checkout Sessions with a status in [\\"open\\"] can be expired."}}""")));
        stripe.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/v1/checkout/sessions/cs_test_paid")
                .willReturn(json(200, session("cs_test_paid", "complete"))));
        stripe.stubFor(post("/v1/checkout/sessions/cs_test_gone/expire").willReturn(json(404, """
                {"error":{"type":"invalid_request_error","code":"resource_missing",
                 "message":"No such checkout.session: 'cs_test_gone'"}}""")));
        stripe.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/v1/checkout/sessions/cs_test_gone")
                .willReturn(json(404, """
                {"error":{"type":"invalid_request_error","code":"resource_missing",
                 "message":"No such checkout.session: 'cs_test_gone'"}}""")));

        gateway.close("cs_test_open");
        gateway.close("cs_test_paid");
        var failure = catchThrowableOfType(PaymentGatewayException.class, () -> gateway.close("cs_test_gone"));

        assertThat(failure.retryable()).isFalse();
        stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions/cs_test_open/expire"))
                .withHeader("Authorization", equalTo("Bearer sk_test_wiremock")));
    }

    private static PaymentRequest request(String orderNumber, String idempotencyKey, Instant expiresAt) {
        return new PaymentRequest(orderNumber,
                List.of(new PaymentRequest.Item("Kopi Arabika Bajawa 250 g", 150_000, 2),
                        new PaymentRequest.Item("Ongkos kirim", 25_000, 1)),
                "tamu@example.com", Locale.of("id", "ID"), expiresAt,
                "https://shop.example/bayar/selesai?s={CHECKOUT_SESSION_ID}", "https://shop.example/bayar/batal",
                idempotencyKey);
    }

    private static String session(String id, String status) {
        return """
                {"id":"%s","object":"checkout.session","amount_total":32500000,"currency":"idr","mode":"payment",
                 "status":"%s","payment_status":"unpaid","client_reference_id":"NTT-2026-000123",
                 "metadata":{"order_number":"NTT-2026-000123"},"payment_intent":null,"expires_at":1772337600,
                 "url":"https://checkout.stripe.com/c/pay/%s"}""".formatted(id, status, id);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static Map<String, String> form(LoggedRequest request) {
        var fields = new LinkedHashMap<String, String>();
        for (String pair : request.getBodyAsString().split("&")) {
            int equals = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
