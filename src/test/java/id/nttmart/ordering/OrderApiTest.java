package id.nttmart.ordering;

import static id.nttmart.ordering.OrderFixtures.lines;
import static id.nttmart.ordering.OrderFixtures.order;
import static id.nttmart.ordering.OrderFixtures.pickup;
import static id.nttmart.ordering.OrderFixtures.shipAbroad;
import static id.nttmart.ordering.OrderFixtures.shipTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.region.Regions;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/orders} and the tracking link, on the real PostgreSQL, as an integrator uses them. */
@IntegrationTest
class OrderApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Regions regions;

    ShopClient shop;
    OrderFixtures fixtures;

    @BeforeEach
    void setUp() {
        shop = new ShopClient(port);
        fixtures = new OrderFixtures(shop);
    }

    private long reserved(String sku) {
        return jdbc.sql("select coalesce(sum(s.reserved), 0) from stock s join product p on p.id = s.product_id"
                + " where p.sku = :sku").param("sku", sku).query(Long.class).single();
    }

    private String outletOf(String regency) {
        return regions.mainOutlet(regions.findByName(regency).orElseThrow().id()).code();
    }

    private int orders() {
        return jdbc.sql("select count(*) from customer_order").query(Integer.class).single();
    }

    @Test
    void an_order_is_priced_by_the_shop_held_routed_and_waits_for_payment() {
        String cloth = fixtures.cloth(150_000, "Sikka:3|Kota Kupang:2");
        String other = fixtures.cloth(90_000, "Kota Kupang:4");
        // A price or total in the request is ignored: only the catalogue prices count.
        var response = shop.postJson("/api/v1/orders", order("[{\"sku\":\"" + cloth + "\",\"qty\":2,\"price_idr\":1},"
                + "{\"sku\":\"" + other + "\",\"qty\":1}]", shipTo("Kota Kupang")).replace("\"lang\"",
                "\"total_idr\":5,\"lang\""));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode json = response.json();
        assertThat(json.get("number").asString()).matches("NTT-\\d{4}-\\d{6}");
        assertThat(json.get("status").asString()).isEqualTo("PENDING_PAYMENT");
        // Both lines from the Kupang outlet (one shipment beats two), 2.1 kg within Timor: 15,000 + 2 x 5,000.
        assertThat(json.get("shipping_idr").asLong()).isEqualTo(25_000);
        assertThat(json.get("total_idr").asLong()).isEqualTo(2 * 150_000 + 90_000 + 25_000);
        assertThat(json.get("shipments")).singleElement().satisfies(s -> {
            assertThat(s.get("outlet").get("regency").asString()).isEqualTo("Kota Kupang");
            assertThat(s.get("reason").asString()).isNotBlank();
            assertThat(s.get("lines")).hasSize(2);
        });
        assertThat(reserved(cloth)).isEqualTo(2);
        assertThat(json.get("paymentUrl").asString()).contains("/pesanan/" + json.get("number").asString() + "/bayar");

        String tracking = json.get("trackingUrl").asString();
        var tracked = shop.open(tracking.replace("/pesanan/", "/api/v1/orders/"));
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.json().get("status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(tracked.json().get("payable").asBoolean()).isTrue();

        // Without "lang" or Accept-Language the order is in the shop's language, Indonesian.
        var indonesian = shop.postJson("/api/v1/orders", order(lines(other, 1), shipTo("Kota Kupang"))
                .replace(",\"lang\":\"en\"", "")).json();
        assertThat(indonesian.get("status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(jdbc.sql("select locale from customer_order where number = :n")
                .param("n", indonesian.get("number").asString()).query(String.class).single()).isEqualTo("id");

        var payLink = shop.open(json.get("paymentUrl").asString());
        assertThat(payLink.status()).isEqualTo(303);
        assertThat(payLink.header("Location")).contains("/sandbox/pay/");
    }

    @Test
    void the_tracking_link_needs_its_token() {
        String cloth = fixtures.cloth(150_000, "Sikka:3");
        var json = shop.postJson("/api/v1/orders", order(lines(cloth, 1), pickup(outletOf("Sikka")))).json();
        String number = json.get("number").asString();

        assertThat(shop.get("/api/v1/orders/" + number).status()).isEqualTo(404);
        assertThat(shop.get("/api/v1/orders/" + number + "?token=guess").status()).isEqualTo(404);
        assertThat(shop.get("/api/v1/orders/NTT-0000-000000?token=guess").status()).isEqualTo(404);
        assertThat(shop.post("/api/v1/orders/" + number + "/cancel?token=guess", null, null).status()).isEqualTo(404);
    }

    @Test
    void short_stock_answers_409_with_the_lines_and_holds_nothing() {
        String cloth = fixtures.cloth(150_000, "Sikka:2|Ende:1");
        int before = orders();
        var response = shop.postJson("/api/v1/orders", order(lines(cloth, 4), shipTo("Sikka")));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("lines")).singleElement().satisfies(line -> {
            assertThat(line.get("sku").asString()).isEqualTo(cloth);
            assertThat(line.get("requested").asInt()).isEqualTo(4);
            assertThat(line.get("available").asInt()).isEqualTo(3);
        });
        assertThat(reserved(cloth)).isZero();
        assertThat(orders()).isEqualTo(before);
    }

    @Test
    void bad_input_gets_field_errors_and_changes_nothing() {
        String cloth = fixtures.cloth(150_000, "Sikka:5");
        int before = orders();
        var scripted = shop.postJson("/api/v1/orders", order(lines(cloth, 1), shipTo("Sikka"))
                .replace("Maria Goreti", "<script>alert(1)</script>").replace("maria@example.com", "maria@")
                .replace("85111", "851"));
        assertThat(scripted.status()).isEqualTo(400);
        assertThat(scripted.json().get("fields").findValuesAsString("field"))
                .contains("buyer.name", "buyer.email", "delivery.address.postal_code");
        assertThat(scripted.body()).doesNotContain("<script>").doesNotContainIgnoringCase("exception");

        var negative = shop.postJson("/api/v1/orders", order(lines(cloth, -3), shipTo("Sikka")));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("fields").findValuesAsString("field")).contains("lines[0].qty");

        String many = IntStream.range(0, 10_000).mapToObj(i -> "{\"sku\":\"" + cloth + "\",\"qty\":1}")
                .collect(Collectors.joining(",", "[", "]"));
        var huge = shop.postJson("/api/v1/orders", order(many, shipTo("Sikka")));
        assertThat(huge.status()).isEqualTo(413);

        String tooMany = IntStream.range(0, 51).mapToObj(i -> "{\"sku\":\"X" + i + "\",\"qty\":1}")
                .collect(Collectors.joining(",", "[", "]"));
        assertThat(shop.postJson("/api/v1/orders", order(tooMany, shipTo("Sikka"))).json().get("fields")
                .findValuesAsString("field")).contains("lines");

        var unknown = shop.postJson("/api/v1/orders", order(lines("NO-SUCH-SKU", 1), shipTo("Sikka")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("fields").findValuesAsString("field")).contains("lines[0].sku");

        assertThat(shop.postJson("/api/v1/orders", "{\"lines\": [").status()).isEqualTo(400);
        assertThat(shop.postJson("/api/v1/orders", "[]").status()).isEqualTo(400);
        assertThat(shop.postJson("/api/v1/orders", order(lines(cloth, 1), pickup("NOPE"))).status()).isEqualTo(400);
        assertThat(shop.postJson("/api/v1/orders", order(lines(cloth, 1), shipTo("Gotham"))
                .replace("\"regency\"", "\"province\":\"Nusa Tenggara Timur\",\"city\"")).status()).isEqualTo(400);

        assertThat(orders()).isEqualTo(before);
        assertThat(reserved(cloth)).isZero();
    }

    @Test
    void alcohol_needs_the_buyers_age_and_stays_within_ntt() {
        String sopi = fixtures.sopi("Sikka:5|Kota Kupang:5");

        var noAge = shop.postJson("/api/v1/orders", order(lines(sopi, 1), shipTo("Sikka")));
        assertThat(noAge.status()).isEqualTo(400);
        assertThat(noAge.json().get("fields").findValuesAsString("field")).containsExactly("age_confirmed");

        var abroad = shop.postJson("/api/v1/orders", order(lines(sopi, 1), shipAbroad(), true));
        assertThat(abroad.status()).isEqualTo(400);
        assertThat(abroad.json().get("fields").findValuesAsString("field")).containsExactly("delivery");

        var jakarta = shop.postJson("/api/v1/orders", order(lines(sopi, 1), shipTo("Jakarta Selatan")
                .replace("\"regency\"", "\"province\":\"DKI Jakarta\",\"city\""), true));
        assertThat(jakarta.status()).isEqualTo(400);

        assertThat(shop.postJson("/api/v1/orders", order(lines(sopi, 1), pickup(outletOf("Sikka")), true)).status())
                .isEqualTo(201);
        assertThat(shop.postJson("/api/v1/orders", order(lines(sopi, 1), shipTo("Kota Kupang"), true)).status())
                .isEqualTo(201);
    }

    @Test
    void abroad_and_elsewhere_in_indonesia_are_priced_by_their_zones() {
        String cloth = fixtures.cloth(200_000, "Sikka:5");
        var abroad = shop.postJson("/api/v1/orders", order(lines(cloth, 2), shipAbroad())).json();
        assertThat(abroad.get("shipping_idr").asLong()).isEqualTo(350_000 + 150_000);

        var pickup = shop.postJson("/api/v1/orders", order(lines(cloth, 1), pickup(outletOf("Sikka")))).json();
        assertThat(pickup.get("shipping_idr").asLong()).isZero();
        assertThat(pickup.get("shipments").get(0).get("reason").asString()).isEqualTo("PICKUP");
    }
}
