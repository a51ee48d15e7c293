package id.nttmart.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.nttmart.inventory.Reservations;
import id.nttmart.payment.PaymentGateway;
import id.nttmart.payment.PaymentRequest;
import id.nttmart.region.Regions;
import id.nttmart.support.GatewayEvents;
import id.nttmart.support.ShopClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Places, pays and inspects orders through the shop's API and the sandbox gateway, as the order tests need. */
abstract class OrderJourney {

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
    /** The one shipment of a single-outlet order. */
    long shipmentOf(String number) {
        return jdbc.sql("select s.id from shipment s join customer_order o on o.hold_id = s.hold_id"
                + " where o.number = :n").param("n", number).query(Long.class).single();
    }

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
}
