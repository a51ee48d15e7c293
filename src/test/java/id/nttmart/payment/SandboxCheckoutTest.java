package id.nttmart.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import id.nttmart.support.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The embedded default's sandbox gateway end to end, through the shop's own {@link PaymentGateway}. */
@IntegrationTest
class SandboxCheckoutTest {

    @LocalServerPort
    int port;

    @Autowired
    PaymentGateway gateway;

    @Autowired
    ConfigurableApplicationContext context;

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
    void a_buyer_pays_with_a_test_card_and_the_shop_hears_of_it_before_the_redirect() throws Exception {
        String order = order();
        var page = gateway.open(request(order, Locale.of("id"), UUID.randomUUID().toString()));

        assertThat(page.sessionId()).startsWith("cs_test_").hasSizeGreaterThan(50);
        var html = get(page.url());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("SANDBOX / uji coba", "no real money", order, "Kopi Arabika Bajawa",
                "Rp300.000", "Ongkos kirim", "Rp25.000", "Rp325.000", "Nomor kartu", "Batal",
                "href=\"http://localhost:" + port + "/checkout/batal\"", "name=\"card_number\"",
                "name=\"expiry\"", "name=\"cvc\"", "lang=\"id\"");

        var paid = pay(page.url(), "4242 4242 4242 4242");

        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).hasValue(
                "http://localhost:" + port + "/checkout/selesai?session=" + page.sessionId());
        // Delivered and verified before the buyer was redirected: no waiting here.
        assertThat(recorded.of(order)).singleElement().isInstanceOfSatisfying(PaymentEvent.Paid.class, event -> {
            assertThat(event.amountIdr()).isEqualTo(325_000);
            assertThat(event.sessionId()).isEqualTo(page.sessionId());
            assertThat(event.paymentIntentId()).startsWith("pi_");
        });

        var again = pay(page.url(), "4242424242424242");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("sudah dibayar");
        assertThat(get(page.url()).body()).contains("sudah dibayar").doesNotContain("name=\"card_number\"");
        assertThat(recorded.of(order)).hasSize(1);
    }

    @Test
    void a_delivery_the_shop_refuses_is_retried_in_the_background() throws Exception {
        String order = order();
        var page = gateway.open(request(order, Locale.of("id"), UUID.randomUUID().toString()));
        recorded.failWhen = event -> event.orderNumber().equals(order);

        assertThat(pay(page.url(), "4242424242424242").statusCode()).isEqualTo(303);
        assertThat(recordedPayments(order)).isZero();
        recorded.failWhen = event -> false;

        // Any instance's relay may deliver it: the shared record of events is what counts.
        await().atMost(Duration.ofSeconds(30)).until(() -> recordedPayments(order) == 1);
        var delivery = jdbc.sql("""
                        select attempts, delivered_at is not null as delivered from sandbox_event
                        where type = 'checkout.session.completed'
                          and cast(payload as jsonb) -> 'data' -> 'object' ->> 'id' = :session""")
                .param("session", page.sessionId())
                .query((row, n) -> List.of(row.getInt("attempts"), row.getBoolean("delivered"))).single();
        assertThat((Integer) delivery.get(0)).isGreaterThanOrEqualTo(2);
        assertThat(delivery.get(1)).isEqualTo(true);
    }

    @Test
    void a_declined_card_stays_on_the_page_and_another_card_pays() throws Exception {
        String order = order();
        var page = gateway.open(request(order, Locale.ENGLISH, UUID.randomUUID().toString()));

        var declined = pay(page.url(), "4000 0000 0000 0002");
        assertThat(declined.statusCode()).isEqualTo(200);
        assertThat(declined.body()).contains("Your card was declined", "name=\"card_number\"", "lang=\"en\"");
        assertThat(recorded.of(order, PaymentEvent.Failed.class)).singleElement()
                .satisfies(failure -> assertThat(failure.reason()).contains("generic_decline"));

        assertThat(pay(page.url(), "4000 0000 0000 9995").body()).contains("insufficient funds");
        var invalid = pay(page.url(), "4242 4242 4242 4241");
        assertThat(invalid.body()).contains("card number is invalid");
        var expiredCard = pay(page.url(), "4242 4242 4242 4242", "01/20");
        assertThat(expiredCard.body()).contains("expiry date has passed");
        assertThat(recorded.of(order, PaymentEvent.Failed.class)).hasSize(2)
                .extracting(PaymentEvent.Failed::paymentIntentId).containsOnly(
                        recorded.of(order, PaymentEvent.Failed.class).getFirst().paymentIntentId());
        assertThat(recorded.of(order, PaymentEvent.Paid.class)).isEmpty();

        assertThat(pay(page.url(), "4242424242424242").statusCode()).isEqualTo(303);
        assertThat(recorded.of(order, PaymentEvent.Paid.class)).singleElement()
                .satisfies(paid -> assertThat(paid.paymentIntentId())
                        .isEqualTo(recorded.of(order, PaymentEvent.Failed.class).getFirst().paymentIntentId()));
    }

    @Test
    void the_same_idempotency_key_opens_the_same_page() {
        String order = order();
        String key = UUID.randomUUID().toString();

        var first = gateway.open(request(order, Locale.of("id"), key));
        var retried = gateway.open(request(order, Locale.of("id"), key));
        var other = gateway.open(request(order, Locale.of("id"), UUID.randomUUID().toString()));

        assertThat(retried).isEqualTo(first);
        assertThat(other.sessionId()).isNotEqualTo(first.sessionId());
    }

    @Test
    void refunds_are_announced_with_the_running_total_and_may_not_exceed_the_payment() throws Exception {
        String order = order();
        var page = gateway.open(request(order, Locale.of("id"), UUID.randomUUID().toString()));
        assertThat(pay(page.url(), "4242424242424242").statusCode()).isEqualTo(303);
        String intent = recorded.of(order, PaymentEvent.Paid.class).getFirst().paymentIntentId();
        String key = UUID.randomUUID().toString();

        var first = gateway.refund(new RefundRequest(intent, 100_000, order, "one item out of stock", key));
        var retried = gateway.refund(new RefundRequest(intent, 100_000, order, "one item out of stock", key));
        var rest = gateway.refund(new RefundRequest(intent, 225_000, order, "order cancelled",
                UUID.randomUUID().toString()));
        var tooMuch = catchThrowableOfType(PaymentGatewayException.class, () -> gateway.refund(
                new RefundRequest(intent, 1, order, "", UUID.randomUUID().toString())));

        assertThat(first.refundId()).startsWith("re_");
        assertThat(first.status()).isEqualTo("succeeded");
        assertThat(retried).isEqualTo(first);
        assertThat(rest.refundId()).isNotEqualTo(first.refundId());
        assertThat(tooMuch.retryable()).isFalse();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(recorded.of(order, PaymentEvent.Refunded.class))
                        .extracting(PaymentEvent.Refunded::amountIdr).containsExactlyInAnyOrder(100_000L, 325_000L));
        assertThat(jdbc.sql("select coalesce(sum(amount), 0) from sandbox_refund where payment_intent = :intent")
                .param("intent", intent).query(Long.class).single()).isEqualTo(32_500_000L);
    }

    @Test
    void an_over_refund_on_a_fresh_payment_is_refused_in_stripes_error_shape() throws Exception {
        String order = order();
        var page = gateway.open(request(order, Locale.of("id"), UUID.randomUUID().toString()));
        pay(page.url(), "4242424242424242");
        String intent = recorded.of(order, PaymentEvent.Paid.class).getFirst().paymentIntentId();

        var refused = api("POST", "/v1/refunds", "payment_intent=" + intent + "&amount=32500100", "sk_test_sandbox");

        assertThat(refused.statusCode()).isEqualTo(400);
        var error = JsonMapper.builder().build().readTree(refused.body()).get("error");
        assertThat(error.get("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.get("message").asString()).contains("greater than");
    }

    @Test
    void a_closed_page_cannot_be_paid() throws Exception {
        String order = order();
        var page = gateway.open(request(order, Locale.of("id"), UUID.randomUUID().toString()));

        gateway.close(page.sessionId());
        gateway.close(page.sessionId());

        var html = get(page.url());
        assertThat(html.statusCode()).isEqualTo(410);
        assertThat(html.body()).contains("kedaluwarsa").doesNotContain("name=\"card_number\"");
        var attempt = pay(page.url(), "4242424242424242");
        assertThat(attempt.statusCode()).isEqualTo(410);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(recorded.of(order, PaymentEvent.PageExpired.class)).singleElement()
                        .satisfies(expired -> assertThat(expired.sessionId()).isEqualTo(page.sessionId())));
        assertThat(recorded.of(order, PaymentEvent.Paid.class)).isEmpty();
    }

    @Test
    void a_lapsed_page_expires_and_cannot_be_paid() throws Exception {
        String order = order();
        var page = gateway.open(request(order, Locale.ENGLISH, UUID.randomUUID().toString()));
        jdbc.sql("update sandbox_session set expires_at = now() - interval '1 second' where id = :id")
                .param("id", page.sessionId()).update();

        var attempt = pay(page.url(), "4242424242424242");

        assertThat(attempt.statusCode()).isEqualTo(410);
        assertThat(attempt.body()).contains("expired");
        assertThat(recorded.of(order, PaymentEvent.PageExpired.class)).hasSize(1);
        assertThat(recorded.of(order, PaymentEvent.Paid.class)).isEmpty();
        gateway.close(page.sessionId());
    }

    @Test
    void the_api_wants_the_sandbox_key() throws Exception {
        var wrongKey = api("GET", "/v1/checkout/sessions/cs_test_x", null, "sk_test_wrong");
        var noKey = api("GET", "/v1/checkout/sessions/cs_test_x", null, null);
        var unknown = api("GET", "/v1/checkout/sessions/cs_test_x", null, "sk_test_sandbox");

        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(wrongKey.body()).contains("\"type\":\"invalid_request_error\"");
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("resource_missing");
        assertThat(get("/sandbox/pay/cs_test_unknown").statusCode()).isEqualTo(404);
    }

    private long recordedPayments(String order) {
        return jdbc.sql("select count(*) from payment_event where order_number = :order"
                + " and type = 'checkout.session.completed'").param("order", order).query(Long.class).single();
    }

    private PaymentRequest request(String order, Locale locale, String key) {
        return new PaymentRequest(order,
                List.of(new PaymentRequest.Item("Kopi Arabika Bajawa 250 g", 150_000, 2),
                        new PaymentRequest.Item("Ongkos kirim", 25_000, 1)),
                "tamu@example.com", locale, Instant.now().plus(Duration.ofHours(1)),
                "http://localhost:" + port + "/checkout/selesai?session={CHECKOUT_SESSION_ID}",
                "http://localhost:" + port + "/checkout/batal", key);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(absolute(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> pay(String url, String card) throws Exception {
        return pay(url, card, "12/40");
    }

    private HttpResponse<String> pay(String url, String card, String expiry) throws Exception {
        String form = "card_number=" + URLEncoder.encode(card, StandardCharsets.UTF_8) + "&expiry="
                + URLEncoder.encode(expiry, StandardCharsets.UTF_8) + "&cvc=123";
        return http.send(HttpRequest.newBuilder(absolute(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String method, String path, String form, String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/stripe" + path))
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI absolute(String url) {
        return URI.create("http://localhost:" + port).resolve(url);
    }

    private static String order() {
        return "NTT-SBX-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
