package id.nttmart.ordering;

import static id.nttmart.ordering.OrderFixtures.lines;
import static id.nttmart.ordering.OrderFixtures.order;
import static id.nttmart.ordering.OrderFixtures.pickup;
import static id.nttmart.ordering.OrderFixtures.shipTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.nttmart.support.GatewayEvents;
import id.nttmart.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paying on the gateway's page, confirmed only by its verified webhook: declines, the same event twice,
 * out-of-order news, another amount, forged or stale signatures. On the real PostgreSQL
 * through the built-in sandbox gateway (the same stripe-java adapter a real Stripe account uses).
 */
@IntegrationTest
class OrderPaymentTest extends OrderJourney {

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
}
