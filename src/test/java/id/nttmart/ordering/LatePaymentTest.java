package id.nttmart.ordering;

import static id.nttmart.ordering.OrderFixtures.lines;
import static id.nttmart.ordering.OrderFixtures.order;
import static id.nttmart.ordering.OrderFixtures.shipTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.nttmart.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Payments that find no stock held for them (the hold lapsed) or an order already paid: reconciled, held again or
 * refunded, and shown to administrators. On the real PostgreSQL
 * through the built-in sandbox gateway (the same stripe-java adapter a real Stripe account uses).
 */
@IntegrationTest
class LatePaymentTest extends OrderJourney {

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
}
