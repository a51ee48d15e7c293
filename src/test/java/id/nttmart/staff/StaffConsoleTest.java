package id.nttmart.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.nttmart.inventory.Inventory;
import id.nttmart.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;

/**
 * The staff console's API as outlet staff use it: the queue and its steps, pickup against the buyer's code,
 * rejection that routes again, the stock desk, and the outlet scope that keeps staff of one outlet out of another's
 * shipments and stock. Demo staff: {@code staff} at Labuan Bajo (Manggarai Barat), {@code staff-kupang} at Kota
 * Kupang.
 */
@IntegrationTest
class StaffConsoleTest {

    static final String API = "/api/v1/staff/shipments/";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> security;

    @Autowired
    Inventory inventory;

    StaffJourney journey;
    String labuanBajo;
    String kupang;

    @BeforeEach
    void setUp() {
        journey = new StaffJourney(port, jdbc, security);
        labuanBajo = journey.outletCode("manggarai-barat");
        kupang = journey.outletCode("kota-kupang");
    }

    @Test
    void staff_of_another_outlet_can_neither_see_nor_change_a_shipment_by_its_id() {
        String sku = journey.cloth("Manggarai Barat:3");
        var order = journey.orderShippedTo(sku, 1, "Manggarai Barat");
        String number = order.get("number").asString();
        journey.pay(order);
        long id = journey.shipmentOf(number);

        var look = journey.get("staff-kupang", API + id);
        var pack = journey.post("staff-kupang", API + id + "/packed", "{}");
        var reject = journey.post("staff-kupang", API + id + "/reject", "{\"reason\":\"not ours\"}");
        var kupangQueue = journey.get("staff-kupang", "/api/v1/staff/shipments?state=NEW");
        var theirStock = journey.get("staff-kupang", "/api/v1/staff/stock/" + labuanBajo + "?q=" + sku);
        var theirReceive = journey.post("staff-kupang", "/api/v1/staff/stock/" + labuanBajo + "/" + sku + "/receive",
                "{\"units\":5}");

        assertThat(look.status()).isEqualTo(404);
        assertThat(look.json().get("error").asString()).isEqualTo("not_found");
        assertThat(look.body()).doesNotContain(number);
        assertThat(pack.status()).isEqualTo(404);
        assertThat(reject.status()).isEqualTo(404);
        assertThat(orders(kupangQueue.json())).doesNotContain(number);
        assertThat(theirStock.status()).isEqualTo(403);
        assertThat(theirReceive.status()).isEqualTo(403);
        assertThat(theirReceive.body()).doesNotContain("Exception").doesNotContain("at id.nttmart");

        var ours = journey.get("staff", API + id);
        assertThat(ours.status()).isEqualTo(200);
        assertThat(ours.json().get("state").asString()).isEqualTo("NEW");
        assertThat(onHand(labuanBajo, sku)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = :id or subject_id = :sku")
                .param("id", String.valueOf(id)).param("sku", sku).query(Integer.class).single()).isZero();
        assertThat(journey.shop.post(API + id + "/packed", "customer", "customer").status()).isEqualTo(403);
        assertThat(journey.shop.get(API + id).status()).isEqualTo(401);
        assertThat(journey.get("admin", API + id).status()).isEqualTo(200);
    }

    @Test
    void staff_take_a_paid_shipment_through_its_steps_in_order_and_each_step_is_audited() {
        String sku = journey.cloth("Manggarai Barat:3");
        var order = journey.orderShippedTo(sku, 2, "Manggarai Barat");
        String number = order.get("number").asString();
        long unpaidId = journey.shipmentOf(number);
        assertThat(journey.get("staff", API + unpaidId).status()).as("an unpaid hold is not in the queue")
                .isEqualTo(404);
        journey.pay(order);
        long id = journey.shipmentOf(number);

        var queued = journey.get("staff", "/api/v1/staff/shipments?state=NEW").json();
        assertThat(orders(queued)).contains(number);
        JsonNode card = shipment(queued, number);
        assertThat(card.get("routing_reason").asString()).isNotBlank();
        assertThat(card.get("buyer").get("name").asString()).isEqualTo("Yohanes Jehadu");
        assertThat(card.get("delivery").asString()).isEqualTo("ship");
        assertThat(card.get("address").asString()).contains("Jl. Soekarno No. 9");
        assertThat(card.get("lines").get(0).get("sku").asString()).isEqualTo(sku);
        assertThat(card.get("lines").get(0).get("qty").asInt()).isEqualTo(2);

        var tooEarly = journey.post("staff", API + id + "/shipped",
                "{\"courier\":\"JNE\",\"tracking_number\":\"JNE0001\"}");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("error").asString()).isEqualTo("conflict");

        assertThat(journey.post("staff", API + id + "/picking", "{}").json().get("state").asString())
                .isEqualTo("PICKING");
        assertThat(journey.post("staff", API + id + "/packed", "{}").json().get("state").asString())
                .isEqualTo("PACKED");
        var noTracking = journey.post("staff", API + id + "/shipped", "{\"courier\":\"JNE\"}");
        assertThat(noTracking.status()).isEqualTo(400);
        assertThat(noTracking.json().get("message").asString()).contains("tracking_number");
        var notJson = journey.post("staff", API + id + "/shipped", "courier=JNE");
        assertThat(notJson.status()).isEqualTo(400);
        var shipped = journey.post("staff", API + id + "/shipped",
                "{\"courier\":\"JNE\",\"tracking_number\":\"JNE0001234567\"}");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(shipped.json().get("state").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.json().get("tracking_number").asString()).isEqualTo("JNE0001234567");

        JsonNode buyerShipment = journey.buyerView(order).get("shipments").get(0);
        assertThat(buyerShipment.toString()).contains("SHIPPED").contains("JNE0001234567");
        assertThat(onHand(labuanBajo, sku)).as("the units left the shelf").isEqualTo(1);
        assertThat(journey.audits("shipment picking started", String.valueOf(id), "staff")).isEqualTo(1);
        assertThat(journey.audits("shipment packed", String.valueOf(id), "staff")).isEqualTo(1);
        assertThat(journey.audits("shipment handed to courier", String.valueOf(id), "staff")).isEqualTo(1);
        assertThat(jdbc.sql("select after_state ->> 'tracking_number' from audit_entry where action = :a"
                        + " and subject_id = :id").param("a", "shipment handed to courier")
                .param("id", String.valueOf(id)).query(String.class).single()).isEqualTo("JNE0001234567");
        assertThat(journey.post("staff", API + id + "/delivered", "{}").json().get("state").asString())
                .isEqualTo("DELIVERED");
    }

    @Test
    void a_pickup_is_handed_over_only_against_the_buyers_code() {
        String sku = journey.cloth("Manggarai Barat:4");
        var order = journey.orderPickedUpAt(sku, 1, labuanBajo);
        String number = order.get("number").asString();
        journey.pay(order);
        long id = journey.shipmentOf(number);
        String code = journey.buyerView(order).get("shipments").get(0).get("pickup_code").asString();
        String wrong = code.equals("000000") ? "111111" : "000000";

        assertThat(journey.post("staff", API + id + "/shipped",
                "{\"courier\":\"JNE\",\"tracking_number\":\"X1\"}").status()).isEqualTo(409);
        assertThat(journey.post("staff", API + id + "/packed", "{}").status()).isEqualTo(200);
        assertThat(journey.post("staff", API + id + "/ready", "{}").json().get("state").asString())
                .isEqualTo("READY_FOR_PICKUP");

        var refused = journey.post("staff", API + id + "/picked-up", "{\"code\":\"" + wrong + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asString()).isEqualTo("wrong_code");
        assertThat(journey.get("staff", API + id).json().get("state").asString()).isEqualTo("READY_FOR_PICKUP");
        assertThat(onHand(labuanBajo, sku)).isEqualTo(4);
        assertThat(journey.audits("shipment picked up", String.valueOf(id), "staff")).isZero();

        var handed = journey.post("staff", API + id + "/picked-up", "{\"code\":\"" + code + "\"}");
        assertThat(handed.status()).as(handed.body()).isEqualTo(200);
        assertThat(handed.json().get("state").asString()).isEqualTo("PICKED_UP");
        assertThat(onHand(labuanBajo, sku)).isEqualTo(3);
        assertThat(journey.buyerView(order).get("shipments").get(0).toString()).contains("PICKED_UP");
        assertThat(journey.audits("shipment picked up", String.valueOf(id), "staff")).isEqualTo(1);
        assertThat(inventory.mismatchesWithMovements()).isEmpty();
    }

    @Test
    void a_rejected_shipment_goes_to_another_outlet_with_its_reason() {
        String sku = journey.cloth("Manggarai Barat:2|Kota Kupang:2");
        var order = journey.orderShippedTo(sku, 1, "Manggarai Barat");
        String number = order.get("number").asString();
        journey.pay(order);
        long id = journey.shipmentOf(number);
        assertThat(journey.get("staff", API + id).json().get("outlet").get("name").asString())
                .contains("Manggarai Barat");

        var noReason = journey.post("staff", API + id + "/reject", "{\"reason\":\"  \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(journey.get("staff", API + id).json().get("state").asString()).isEqualTo("NEW");

        var rejected = journey.post("staff", API + id + "/reject", "{\"reason\":\"Kain sobek di lipatan\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("rejection_reason").asString()).isEqualTo("Kain sobek di lipatan");

        var rejectedTab = journey.get("staff", "/api/v1/staff/shipments?state=REJECTED").json();
        assertThat(orders(rejectedTab)).contains(number);
        var kupangQueue = journey.get("staff-kupang", "/api/v1/staff/shipments?state=NEW").json();
        assertThat(orders(kupangQueue)).as("routed again to Kota Kupang").contains(number);
        assertThat(shipment(kupangQueue, number).get("lines").get(0).get("sku").asString()).isEqualTo(sku);
        assertThat(reserved(labuanBajo, sku)).isZero();
        assertThat(reserved(kupang, sku)).isEqualTo(1);
        assertThat(journey.audits("shipment rejected", String.valueOf(id), "staff")).isEqualTo(1);
        assertThat(journey.post("staff", API + id + "/packed", "{}").status()).isEqualTo(409);
    }

    @Test
    void the_stock_desk_receives_counts_and_adjusts_with_reasons_records_movements_and_audits_each() {
        String sku = journey.cloth("Manggarai Barat:2");
        String desk = "/api/v1/staff/stock/" + labuanBajo + "/" + sku;

        var received = journey.post("staff", desk + "/receive", "{\"units\":5,\"note\":\"Kiriman UMKM Uji, SJ-17\"}");
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().get("on_hand").asInt()).isEqualTo(7);
        var counted = journey.post("staff", desk + "/count", "{\"counted\":6}");
        assertThat(counted.json().get("on_hand").asInt()).isEqualTo(6);
        var noReason = journey.post("staff", desk + "/adjust", "{\"delta\":-1}");
        assertThat(noReason.status()).isEqualTo(400);
        var blankReason = journey.post("staff", desk + "/adjust", "{\"delta\":-1,\"reason\":\" \"}");
        assertThat(blankReason.status()).isEqualTo(400);
        assertThat(onHand(labuanBajo, sku)).isEqualTo(6);
        var adjusted = journey.post("staff", desk + "/adjust", "{\"delta\":-4,\"reason\":\"Basah kena hujan\"}");
        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(200);
        assertThat(adjusted.json().get("available").asInt()).isEqualTo(2);
        var tooMuch = journey.post("staff", desk + "/adjust", "{\"delta\":-9,\"reason\":\"hilang\"}");
        assertThat(tooMuch.status()).isEqualTo(409);

        List<String> moves = new ArrayList<>();
        journey.get("staff", desk + "/movements").json().forEach(m -> moves.add(m.get("kind").asString() + " "
                + m.get("on_hand_delta").asInt() + " " + m.get("actor").asString() + " " + m.get("reason").asString()));
        assertThat(moves).startsWith("ADJUSTED -4 staff Basah kena hujan", "COUNTED -1 staff stock count",
                "RECEIVED 5 staff Kiriman UMKM Uji, SJ-17");
        assertThat(journey.audits("stock received", sku, "staff")).isEqualTo(1);
        assertThat(journey.audits("stock counted", sku, "staff")).isEqualTo(1);
        assertThat(journey.audits("stock adjusted", sku, "staff")).isEqualTo(1);
        assertThat(jdbc.sql("select (before_state ->> 'on_hand') || '>' || (after_state ->> 'on_hand') from audit_entry"
                        + " where action = 'stock adjusted' and subject_id = :sku").param("sku", sku)
                .query(String.class).single()).isEqualTo("6>2");
        assertThat(inventory.mismatchesWithMovements()).isEmpty();

        var found = journey.get("staff", "/api/v1/staff/stock/" + labuanBajo + "?q=" + sku.substring(0, 7)
                .toLowerCase()).json();
        assertThat(found.toString()).contains(sku);
        var low = journey.get("staff", "/api/v1/staff/stock/" + labuanBajo + "?low=true&q=" + sku).json();
        assertThat(low.size()).isEqualTo(1);
        assertThat(low.get(0).get("low").asBoolean()).isTrue();
        journey.post("staff", desk + "/receive", "{\"units\":10}");
        assertThat(journey.get("staff", "/api/v1/staff/stock/" + labuanBajo + "?low=true&q=" + sku).json().size())
                .isZero();
    }

    @Test
    void stock_received_at_an_empty_outlet_puts_the_product_in_stock_in_search() {
        String sku = journey.cloth("Manggarai Barat:0");
        String inStock = "/api/v1/products?q=" + sku + "&inStock=true";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(skus("/api/v1/products?q=" + sku))
                .contains(sku));
        assertThat(skus(inStock)).doesNotContain(sku);

        assertThat(journey.post("staff", "/api/v1/staff/stock/" + labuanBajo + "/" + sku + "/receive",
                "{\"units\":3,\"note\":\"first delivery\"}").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(skus(inStock)).contains(sku));
    }

    private List<String> skus(String search) {
        List<String> skus = new ArrayList<>();
        journey.shop.get(search).json().get("items").forEach(i -> skus.add(i.get("sku").asString()));
        return skus;
    }

    private int onHand(String outlet, String sku) {
        return stock(outlet, sku, "on_hand");
    }

    private int reserved(String outlet, String sku) {
        return stock(outlet, sku, "reserved");
    }

    private int stock(String outlet, String sku, String column) {
        return jdbc.sql("select coalesce(sum(s." + column + "), 0) from stock s join product p on p.id = s.product_id"
                        + " join outlet o on o.id = s.outlet_id where p.sku = :sku and o.code = :outlet")
                .param("sku", sku).param("outlet", outlet).query(Integer.class).single();
    }

    private static List<String> orders(JsonNode queue) {
        List<String> numbers = new ArrayList<>();
        queue.get("items").forEach(i -> numbers.add(i.get("order").asString()));
        return numbers;
    }

    private static JsonNode shipment(JsonNode queue, String number) {
        for (JsonNode item : queue.get("items")) {
            if (item.get("order").asString().equals(number)) {
                return item;
            }
        }
        throw new AssertionError("No shipment of " + number + " in " + queue);
    }
}
