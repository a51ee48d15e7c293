package id.nttmart.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.nttmart.support.Csv;
import id.nttmart.support.ShopClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;

/**
 * What the staff console tests do as buyers, administrators and staff: import a product with known stock, place and
 * pay an order through the API and the sandbox gateway, and call the staff API as a given user.
 */
final class StaffJourney {

    static final String GOOD_CARD = "4242424242424242";

    final ShopClient shop;
    final JdbcClient jdbc;

    StaffJourney(int port, JdbcClient jdbc, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.shop = new ShopClient(port);
        this.jdbc = jdbc;
        // Each application context in this JVM (the test suite starts several) installs its own Vaadin-aware
        // strategy as the static one. The services read this context's bean; code reading the static holder (as
        // Spring's own helpers may) should see the same, as in a shop that runs one context.
        security.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /** A tenun cloth with stock such as "Manggarai Barat:3|Kota Kupang:2"; returns its SKU. */
    String cloth(String stock) {
        String sku = "STF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var report = shop.importCsvAsAdmin(Csv.of(sku + ",Sarung Songke Uji " + sku + ",Test songke " + sku
                + ",,,tenun,OVOP,Desa Uji,Manggarai Barat,UMKM Uji,150000,700,,none," + stock)).json();
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(1);
        return sku;
    }

    /** Places an order of {@code qty} units of {@code sku}, shipped to an NTT regency. */
    JsonNode orderShippedTo(String sku, int qty, String regency) {
        return place(sku, qty, "{\"type\":\"ship\",\"address\":{\"street\":\"Jl. Soekarno No. 9\",\"district\":"
                + "\"Komodo\",\"regency\":\"" + regency + "\",\"postal_code\":\"86554\"}}");
    }

    JsonNode orderPickedUpAt(String sku, int qty, String outletCode) {
        return place(sku, qty, "{\"type\":\"pickup\",\"outlet\":\"" + outletCode + "\"}");
    }

    private JsonNode place(String sku, int qty, String delivery) {
        var response = shop.postJson("/api/v1/orders", "{\"lines\":[{\"sku\":\"" + sku + "\",\"qty\":" + qty
                + "}],\"delivery\":" + delivery + ",\"buyer\":{\"name\":\"Yohanes Jehadu\",\"email\":"
                + "\"yohanes@example.com\",\"phone\":\"081234567890\"},\"ageConfirmed\":false,\"lang\":\"id\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /** Pays on the gateway's page as the buyer would and waits until the shop has the verified payment. */
    void pay(JsonNode order) {
        var link = shop.open(order.get("paymentUrl").asString());
        assertThat(link.status()).as(link.body()).isEqualTo(303);
        String path = URI.create(link.header("Location")).getPath();
        assertThat(shop.get(path).status()).isEqualTo(200);
        var paid = shop.postBody(path, "application/x-www-form-urlencoded",
                "card_number=" + GOOD_CARD + "&expiry=12/40&cvc=123");
        assertThat(paid.status()).as(paid.body()).isEqualTo(303);
        String number = order.get("number").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> "PAID".equals(status(number)));
    }

    String status(String number) {
        return jdbc.sql("select status from customer_order where number = :n").param("n", number)
                .query(String.class).single();
    }

    /** The order's active shipment (a single-outlet order has one). */
    long shipmentOf(String number) {
        return jdbc.sql("select s.id from shipment s join customer_order o on o.hold_id = s.hold_id"
                + " where o.number = :n and s.status = 'ACTIVE' order by s.id").param("n", number)
                .query(Long.class).list().getFirst();
    }

    String outletCode(String regencySlug) {
        return jdbc.sql("select o.code from outlet o join regency r on r.id = o.regency_id"
                + " where r.slug = :slug and o.main_outlet").param("slug", regencySlug).query(String.class).single();
    }

    /** The buyer's order as the order API shows it to the holder of the tracking link. */
    JsonNode buyerView(JsonNode order) {
        var tracking = URI.create(order.get("trackingUrl").asString());
        var response = shop.get(tracking.getRawPath().replace("/pesanan/", "/api/v1/orders/") + "?"
                + tracking.getRawQuery());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    ShopClient.Response get(String user, String path) {
        return shop.getAs(path, user, user);
    }

    ShopClient.Response post(String user, String path, String json) {
        return shop.postBody(path, "application/json", json, "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    int audits(String action, String subjectId, String actor) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :s and actor = :actor")
                .param("a", action).param("s", subjectId).param("actor", actor).query(Integer.class).single();
    }
}
