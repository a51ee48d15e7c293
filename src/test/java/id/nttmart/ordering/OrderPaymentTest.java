package id.nttmart.ordering;

import static id.nttmart.ordering.OrderFixtures.lines;
import static id.nttmart.ordering.OrderFixtures.order;
import static id.nttmart.ordering.OrderFixtures.pickup;
import static id.nttmart.ordering.OrderFixtures.shipTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.nttmart.inventory.Reservations;
import id.nttmart.payment.PaymentGateway;
import id.nttmart.payment.PaymentRequest;
import id.nttmart.region.Regions;
import id.nttmart.support.GatewayEvents;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Paying, and everything that can go wrong with it, on the real PostgreSQL through the built-in sandbox gateway (the
 * same stripe-java adapter a real Stripe account uses): confirmation only by the verified webhook, declines,
 * duplicate, late and out-of-order events, forged signatures, a second payment, cancellation and refunds, expiry.
 */
@IntegrationTest
class OrderPaymentTest {

    static final String GOOD_CARD = "4242424242424242";
    static final String DECLINED_CARD = "4000000000000002";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Regions regions;

    @Autowired
    Reservations reservations;

    @Autowired
    PaymentReconciler reconciler;

    @Autowired
    PaymentGateway gateway;

    @Autowired
    Fulfilment fulfilment;

    ShopClient shop;
    OrderFixtures fixtures;

    @BeforeEach
    void setUp() {
        shop = new ShopClient(port);
        fixtures = new OrderFixtures(shop);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    JsonNode place(String json) {
        var response = shop.postJson("/api/v1/orders", json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    String outletOf(String regency) {
        return regions.mainOutlet(regions.findByName(regency).orElseThrow().id()).code();
    }

    /** Follows the pay link to the gateway's page and pays there with {@code card}; returns the page's answer. */
    ShopClient.Response pay(JsonNode order, String card) {
        var link = shop.open(order.get("paymentUrl").asString());
        assertThat(link.status()).as(link.body()).isEqualTo(303);
        return payOnPage(link.header("Location"), card);
    }

    ShopClient.Response payOnPage(String pageUrl, String card) {
        String path = URI.create(pageUrl).getPath();
        assertThat(shop.get(path).status()).isEqualTo(200);
        return shop.postBody(path, "application/x-www-form-urlencoded", "card_number=" + card + "&expiry=12/40&cvc=123");
    }

    String status(String number) {
        return jdbc.sql("select status from customer_order where number = :n").param("n", number)
                .query(String.class).single();
    }

    void awaitStatus(String number, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(number)).isEqualTo(status));
    }

    List<String> events(String number) {
        return jdbc.sql("select e.kind from order_event e join customer_order o on o.id = e.order_id"
                + " where o.number = :n order by e.id").param("n", number).query(String.class).list();
    }

    int mails(String number, String kind) {
        return jdbc.sql("select count(*) from mail_outbox where reference = :n and kind = :k")
                .param("n", number).param("k", kind).query(Integer.class).single();
    }

    long reserved(String sku) {
        return jdbc.sql("select coalesce(sum(s.reserved), 0) from stock s join product p on p.id = s.product_id"
                + " where p.sku = :sku").param("sku", sku).query(Long.class).single();
    }

    List<String> refunds(String number) {
        return jdbc.sql("select r.status from order_refund r join customer_order o on o.id = r.order_id"
                + " where o.number = :n order by r.id").param("n", number).query(String.class).list();
    }

    /** The session of the order's payment page, opened by following its pay link as the buyer would. */
    String sessionOf(JsonNode order) {
        assertThat(shop.open(order.get("paymentUrl").asString()).status()).isEqualTo(303);
        String number = order.get("number").asString();
        return jdbc.sql("select p.session_id from order_payment p join customer_order o on o.id = p.order_id"
                + " where o.number = :n order by p.attempt desc limit 1").param("n", number).query(String.class)
                .single();
    }

    ShopClient.Response deliver(String payload) {
        return shop.postBody("/api/v1/payments/webhook", "application/json", payload, "Stripe-Signature",
                GatewayEvents.signature(payload, GatewayEvents.SECRET));
    }

    /** The hold runs out now (as if 35 minutes passed unpaid) and the expiry job runs. */
    void lapse(String number) {
        jdbc.sql("update stock_hold set expires_at = now() - interval '1 second' where id ="
                + " (select hold_id from customer_order where number = :n)").param("n", number).update();
        reservations.expireDue(100);
    }

    /** A second page for the order, opened at the gateway directly (as if by hand), and paid. */
    void payOnAnotherPage(String number, long amountIdr) {
        var page = gateway.open(new PaymentRequest(number, List.of(new PaymentRequest.Item("Order " + number,
                amountIdr, 1)), "maria@example.com", Locale.ENGLISH, Instant.now().plus(Duration.ofHours(1)),
                "http://localhost:" + port + "/", "http://localhost:" + port + "/", "test-" + UUID.randomUUID()));
        assertThat(payOnPage(page.url(), GOOD_CARD).status()).isEqualTo(303);
    }

    // --- tests ---------------------------------------------------------------------------------------------------

    @Test
    void paying_on_the_gateway_page_confirms_the_order_once_and_mails_the_buyer() {
        String cloth = fixtures.cloth(150_000, "Sikka:3");
        var order = place(order(lines(cloth, 2), pickup(outletOf("Sikka"))));
        String number = order.get("number").asString();
        assertThat(status(number)).isEqualTo("PENDING_PAYMENT");

        var paid = pay(order, GOOD_CARD);

        assertThat(paid.status()).isEqualTo(303);
        assertThat(paid.header("Location")).contains("/pesanan/" + number).contains("paid=1");
        awaitStatus(number, "PAID");
        assertThat(events(number)).containsExactly("placed", "paid");
        assertThat(mails(number, "order-placed")).isEqualTo(1);
        assertThat(mails(number, "order-paid")).isEqualTo(1);
        assertThat(reserved(cloth)).isEqualTo(2);
        var tracked = shop.open(order.get("trackingUrl").asString().replace("/pesanan/", "/api/v1/orders/")).json();
        assertThat(tracked.get("status").asString()).isEqualTo("PAID");
        assertThat(tracked.get("shipments").get(0).get("pickup_code").asString()).matches("\\d{6}");
        assertThat(tracked.get("payable").asBoolean()).isFalse();
        // The pay link of a paid order leads back to its tracking page, never to a second payment.
        assertThat(shop.open(order.get("paymentUrl").asString()).header("Location")).contains("/pesanan/" + number)
                .doesNotContain("/sandbox/");
    }

    @Test
    void a_declined_card_leaves_the_order_waiting_and_another_card_pays_it() {
        String cloth = fixtures.cloth(150_000, "Sikka:3");
        var order = place(order(lines(cloth, 1), shipTo("Sikka")));
        String number = order.get("number").asString();

        var declined = pay(order, DECLINED_CARD);

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.body()).containsIgnoringCase("declined");
        await().atMost(Duration.ofSeconds(10)).until(() -> events(number).contains("payment-failed"));
        assertThat(status(number)).isEqualTo("PENDING_PAYMENT");
        assertThat(pay(order, GOOD_CARD).status()).isEqualTo(303);
        awaitStatus(number, "PAID");
    }

    @Test
    void the_same_event_twice_or_late_news_of_an_expired_page_change_nothing() {
        String cloth = fixtures.cloth(150_000, "Sikka:3");
        var order = place(order(lines(cloth, 1), shipTo("Sikka")));
        String number = order.get("number").asString();
        long total = order.get("total_idr").asLong();
        String session = sessionOf(order);
        String event = GatewayEvents.sessionCompleted(GatewayEvents.newEventId(), number, session, "pi_test_dup",
                total);

        assertThat(deliver(event).status()).isEqualTo(200);
        assertThat(deliver(event).status()).isEqualTo(200);
        // The same payment told again under another event id, then an out-of-order "page expired".
        assertThat(deliver(GatewayEvents.sessionCompleted(GatewayEvents.newEventId(), number, session, "pi_test_dup",
                total)).status()).isEqualTo(200);
        assertThat(deliver(GatewayEvents.sessionExpired(GatewayEvents.newEventId(), number, session)).status())
                .isEqualTo(200);

        assertThat(status(number)).isEqualTo("PAID");
        assertThat(events(number)).containsExactly("placed", "paid");
        assertThat(mails(number, "order-paid")).isEqualTo(1);
        assertThat(refunds(number)).isEmpty();
    }

    @Test
    void a_payment_of_another_amount_is_given_back_and_the_order_keeps_waiting() {
        String cloth = fixtures.cloth(150_000, "Sikka:3");
        var order = place(order(lines(cloth, 1), shipTo("Sikka")));
        String number = order.get("number").asString();
        long total = order.get("total_idr").asLong();

        assertThat(deliver(GatewayEvents.sessionCompleted(GatewayEvents.newEventId(), number, sessionOf(order),
                "pi_test_short", total - 1_000)).status()).isEqualTo(200);

        assertThat(status(number)).isEqualTo("PENDING_PAYMENT");
        assertThat(events(number)).contains("payment-mismatch").doesNotContain("paid");
        assertThat(jdbc.sql("select amount_idr from order_refund r join customer_order o on o.id = r.order_id"
                + " where o.number = :n").param("n", number).query(Long.class).list()).containsExactly(total - 1_000);
        assertThat(reserved(cloth)).isEqualTo(1);
    }

    @Test
    void a_forged_or_stale_webhook_is_refused_and_changes_nothing() {
        String cloth = fixtures.cloth(150_000, "Sikka:3");
        var order = place(order(lines(cloth, 1), shipTo("Sikka")));
        String number = order.get("number").asString();
        String event = GatewayEvents.sessionCompleted(GatewayEvents.newEventId(), number, sessionOf(order), "pi_forged",
                order.get("total_idr").asLong());

        var forged = shop.postBody("/api/v1/payments/webhook", "application/json", event, "Stripe-Signature",
                GatewayEvents.signature(event, "whsec_not_the_secret"));
        var stale = shop.postBody("/api/v1/payments/webhook", "application/json", event, "Stripe-Signature",
                GatewayEvents.signature(event, GatewayEvents.SECRET, Instant.now().minus(Duration.ofMinutes(6))));
        var unsigned = shop.postBody("/api/v1/payments/webhook", "application/json", event);

        assertThat(List.of(forged.status(), stale.status(), unsigned.status())).containsOnly(400);
        assertThat(forged.body()).doesNotContainIgnoringCase("exception");
        assertThat(status(number)).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void a_payment_after_the_hold_lapsed_is_held_again_when_the_stock_is_still_there() {
        String cloth = fixtures.cloth(150_000, "Sikka:3");
        var order = place(order(lines(cloth, 2), shipTo("Sikka")));
        String number = order.get("number").asString();
        lapse(number);
        assertThat(status(number)).isEqualTo("EXPIRED");
        assertThat(reserved(cloth)).isZero();

        payOnAnotherPage(number, order.get("total_idr").asLong());
        reconciler.reconcileDue();

        awaitStatus(number, "PAID");
        assertThat(reserved(cloth)).isEqualTo(2);
        assertThat(events(number)).contains("expired", "payment-late", "payment-late-accepted", "paid");
        assertThat(refunds(number)).isEmpty();
    }

    @Test
    void a_payment_after_the_hold_lapsed_is_refunded_when_the_stock_is_gone() {
        String cloth = fixtures.cloth(150_000, "Sikka:1");
        var order = place(order(lines(cloth, 1), shipTo("Sikka")));
        String number = order.get("number").asString();
        lapse(number);
        place(order(lines(cloth, 1), shipTo("Sikka"))); // another buyer takes the last unit

        payOnAnotherPage(number, order.get("total_idr").asLong());
        reconciler.reconcileDue();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(refunds(number))
                .containsExactly("SUCCEEDED"));
        assertThat(status(number)).isEqualTo("EXPIRED");
        assertThat(events(number)).contains("payment-late", "payment-late-refunded", "refunded");
        assertThat(reserved(cloth)).isEqualTo(1); // the other buyer's unit, not sold twice
        // Administrators see it; nobody else does.
        var attention = shop.getAs("/api/v1/admin/payments/attention", "admin", "admin");
        assertThat(attention.json().findValuesAsString("number")).contains(number);
        assertThat(attention.json().findValuesAsString("kind")).contains("payment-late-refunded");
        assertThat(shop.getAs("/api/v1/admin/payments/attention", "customer", "customer").status()).isEqualTo(403);
        assertThat(shop.get("/api/v1/admin/payments/attention").status()).isEqualTo(401);
    }

    @Test
    void a_second_payment_for_the_same_order_is_refunded() {
        String cloth = fixtures.cloth(150_000, "Sikka:3");
        var order = place(order(lines(cloth, 1), shipTo("Sikka")));
        String number = order.get("number").asString();
        pay(order, GOOD_CARD);
        awaitStatus(number, "PAID");

        payOnAnotherPage(number, order.get("total_idr").asLong());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(refunds(number))
                .containsExactly("SUCCEEDED"));
        assertThat(status(number)).isEqualTo("PAID");
        assertThat(events(number)).contains("payment-duplicate");
    }

    @Test
    void cancelling_before_packing_releases_the_stock_and_refunds_once() {
        String cloth = fixtures.cloth(150_000, "Sikka:3");
        var order = place(order(lines(cloth, 2), shipTo("Sikka")));
        String number = order.get("number").asString();
        String cancel = order.get("trackingUrl").asString().replace("?token", "/cancel?token")
                .replace("/pesanan/", "/api/v1/orders/");
        pay(order, GOOD_CARD);
        awaitStatus(number, "PAID");

        var first = shop.post(URI.create(cancel).getRawPath() + "?" + URI.create(cancel).getRawQuery(), null, null);
        var again = shop.post(URI.create(cancel).getRawPath() + "?" + URI.create(cancel).getRawQuery(), null, null);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(reserved(cloth)).isZero();
        awaitStatus(number, "REFUNDED");
        assertThat(refunds(number)).containsExactly("SUCCEEDED");
        assertThat(mails(number, "order-cancelled")).isEqualTo(1);
        assertThat(mails(number, "order-refunded")).isEqualTo(1);
    }

    @Test
    void a_packed_order_cannot_be_cancelled_and_its_steps_show_on_the_tracking_page() {
        String cloth = fixtures.cloth(150_000, "Sikka:3");
        var order = place(order(lines(cloth, 1), shipTo("Kota Kupang")));
        String number = order.get("number").asString();
        String tracking = order.get("trackingUrl").asString().replace("/pesanan/", "/api/v1/orders/");
        pay(order, GOOD_CARD);
        awaitStatus(number, "PAID");
        long shipment = jdbc.sql("select s.id from shipment s join customer_order o on o.hold_id = s.hold_id"
                + " where o.number = :n").param("n", number).query(Long.class).single();

        fulfilment.packed(shipment);
        // Steps follow each other: not delivered before shipped, not ready for pickup when shipped to an address.
        assertThatThrownBy(() -> fulfilment.delivered(shipment)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> fulfilment.readyForPickup(shipment)).isInstanceOf(IllegalStateException.class);
        var refused = shop.post(URI.create(tracking).getRawPath() + "/cancel?" + URI.create(tracking).getRawQuery(),
                null, null);
        fulfilment.shipped(shipment, "JNE", "JNE123456789", "staff");

        assertThat(refused.status()).isEqualTo(409);
        var tracked = shop.open(tracking).json();
        assertThat(tracked.get("status").asString()).isEqualTo("PAID");
        assertThat(tracked.get("shipments").get(0).get("step").asString()).isEqualTo("SHIPPED");
        assertThat(tracked.get("shipments").get(0).get("tracking_number").asString()).isEqualTo("JNE123456789");
        assertThat(mails(number, "order-shipped")).isEqualTo(1);
        fulfilment.delivered(shipment);
        assertThat(status(number)).isEqualTo("FULFILLED");
    }

    @Test
    void lines_no_outlet_can_fill_after_a_rejection_are_refunded_and_the_buyer_told() {
        String cloth = fixtures.cloth(150_000, "Sikka:1");
        String other = fixtures.cloth(90_000, "Sikka:2|Ende:2");
        var order = place(order(lines(cloth, 1, other, 1), shipTo("Sikka")));
        String number = order.get("number").asString();
        pay(order, GOOD_CARD);
        awaitStatus(number, "PAID");
        long shipment = jdbc.sql("select s.id from shipment s join customer_order o on o.hold_id = s.hold_id"
                + " where o.number = :n").param("n", number).query(Long.class).single();

        // The Sikka outlet finds the cloth damaged: the other line goes to Ende, the cloth to nobody.
        reservations.reject(shipment, "staff", "damaged");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(refunds(number))
                .containsExactly("SUCCEEDED"));
        long refunded = jdbc.sql("select amount_idr from order_refund r join customer_order o on o.id = r.order_id"
                + " where o.number = :n").param("n", number).query(Long.class).single();
        assertThat(refunded).isEqualTo(150_000);
        assertThat(events(number)).contains("lines-unfillable");
        assertThat(mails(number, "order-unfillable")).isEqualTo(1);
        var tracked = shop.open(order.get("trackingUrl").asString().replace("/pesanan/", "/api/v1/orders/")).json();
        assertThat(tracked.get("status").asString()).isEqualTo("PAID");
        assertThat(tracked.get("shipments").findValuesAsString("step")).contains("REJECTED", "PACKING");
    }

    @Test
    void an_unpaid_order_that_can_no_longer_be_filled_is_cancelled_and_charges_nothing() {
        String cloth = fixtures.cloth(150_000, "Sikka:1");
        var order = place(order(lines(cloth, 1), shipTo("Sikka")));
        String number = order.get("number").asString();
        String page = shop.open(order.get("paymentUrl").asString()).header("Location");
        long shipment = jdbc.sql("select s.id from shipment s join customer_order o on o.hold_id = s.hold_id"
                + " where o.number = :n").param("n", number).query(Long.class).single();

        reservations.reject(shipment, "staff", "miscounted");

        assertThat(status(number)).isEqualTo("CANCELLED");
        assertThat(reserved(cloth)).isZero();
        assertThat(mails(number, "order-cancelled")).isEqualTo(1);
        String path = URI.create(page).getPath();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(shop.get(path).status()).isEqualTo(410));
    }

    @Test
    void an_unpaid_order_lapses_with_its_hold_and_its_page_can_no_longer_be_paid() {
        String cloth = fixtures.cloth(150_000, "Sikka:3");
        var order = place(order(lines(cloth, 1), shipTo("Sikka")));
        String number = order.get("number").asString();
        String page = shop.open(order.get("paymentUrl").asString()).header("Location");

        lapse(number);

        assertThat(status(number)).isEqualTo("EXPIRED");
        assertThat(reserved(cloth)).isZero();
        String path = URI.create(page).getPath();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(shop.get(path).status()).isEqualTo(410));
        var attempt = shop.postBody(path, "application/x-www-form-urlencoded",
                "card_number=" + GOOD_CARD + "&expiry=12/40&cvc=123");
        assertThat(attempt.status()).isNotEqualTo(303);
        assertThat(status(number)).isEqualTo("EXPIRED");
        assertThat(refunds(number)).isEmpty();
    }
}
