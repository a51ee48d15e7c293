package id.nttmart.ordering;

import static id.nttmart.ordering.OrderFixtures.lines;
import static id.nttmart.ordering.OrderFixtures.order;
import static id.nttmart.ordering.OrderFixtures.shipTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.nttmart.support.IntegrationTest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * After checkout: cancellation and refunds, fulfilment steps on the tracking page, lines no outlet can fill after
 * a rejection, and unpaid orders that lapse. On the real PostgreSQL
 * through the built-in sandbox gateway (the same stripe-java adapter a real Stripe account uses).
 */
@IntegrationTest
class OrderAftercareTest extends OrderJourney {

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
        long shipment = shipmentOf(number);

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
        long shipment = shipmentOf(number);

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
        long shipment = shipmentOf(number);

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
