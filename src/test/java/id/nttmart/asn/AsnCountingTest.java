package id.nttmart.asn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.nttmart.security.Role;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * What counts towards a civil servant's month, against the real PostgreSQL: paid orders in their WITA month, net
 * of succeeded refunds; never cancelled, refunded or unpaid ones; counter sales at the staff member's outlets.
 */
@IntegrationTest
class AsnCountingTest extends AsnFixtures {

    // ---- counting

    @Test
    void a_payment_at_2359_wita_on_the_last_day_counts_in_that_month_and_at_0000_in_the_next() {
        var buyer = linkedBuyer();
        long late = order(buyer.userId(), 60_000);
        long early = order(buyer.userId(), 45_000);
        // 31 January 23:59 WITA is 15:59 UTC; 1 February 00:00 WITA is 31 January 16:00 UTC.
        pay(late, LocalDateTime.of(2026, 1, 31, 15, 59));
        pay(early, LocalDateTime.of(2026, 1, 31, 16, 0));
        assertThat(total(buyer.nip(), YearMonth.of(2026, 1))).isEqualTo(60_000);
        assertThat(total(buyer.nip(), YearMonth.of(2026, 2))).isEqualTo(45_000);
    }

    @Test
    void cancelled_and_refunded_orders_do_not_count_partial_refunds_count_net_and_unpaid_orders_never() {
        var buyer = linkedBuyer();
        YearMonth month = YearMonth.of(2026, 3);
        LocalDateTime at = LocalDateTime.of(2026, 3, 10, 2, 0);
        long kept = order(buyer.userId(), 150_000);
        long cancelled = order(buyer.userId(), 80_000);
        long refunded = order(buyer.userId(), 70_000);
        long partly = order(buyer.userId(), 50_000);
        order(buyer.userId(), 99_000); // never paid
        for (long id : List.of(kept, cancelled, refunded, partly)) {
            pay(id, at);
        }
        assertThat(total(buyer.nip(), month)).isEqualTo(350_000);

        status(cancelled, "CANCELLED");
        assertThat(total(buyer.nip(), month)).isEqualTo(270_000);
        status(refunded, "CANCELLED");
        refund(refunded, 70_000, "SUCCEEDED");
        status(refunded, "REFUNDED");
        assertThat(total(buyer.nip(), month)).isEqualTo(200_000);
        refund(partly, 20_000, "REQUESTED");
        assertThat(total(buyer.nip(), month)).as("a refund counts once it succeeded").isEqualTo(200_000);
        jdbc.sql("update order_refund set status = 'SUCCEEDED' where order_id = :o").param("o", partly).update();
        assertThat(total(buyer.nip(), month)).isEqualTo(180_000);
        status(kept, "FULFILLED");
        assertThat(total(buyer.nip(), month)).as("delivered still counts").isEqualTo(180_000);
        assertThat(jdbc.sql("select sum(amount_idr) from asn_order_credit where nip = :n").param("n", buyer.nip())
                .query(Long.class).single()).isEqualTo(180_000);
    }

    @Test
    void an_order_placed_through_the_api_signed_in_and_paid_at_the_sandbox_gateway_counts_for_the_buyer() {
        var buyer = linkedBuyer();
        var shop = new ShopClient(port);
        String sku = "ASN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var report = shop.importCsvAsAdmin(Csv.of(sku + ",Kopi Bajawa Uji " + sku + ",Test coffee " + sku
                + ",,,tenun,OVOP,Desa Uji,Ngada,UMKM Uji,120000,500,,none,Ngada:5")).json();
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(1);
        String outlet = jdbc.sql("select o.code from outlet o join regency r on r.id = o.regency_id"
                + " where r.slug = 'ngada' and o.main_outlet").query(String.class).single();
        String body = "{\"lines\":[{\"sku\":\"" + sku + "\",\"qty\":1}],"
                + "\"delivery\":{\"type\":\"pickup\",\"outlet\":\"" + outlet + "\"},\"buyer\":{\"name\":\"Uji\","
                + "\"email\":\"uji@example.com\",\"phone\":\"081234567890\"},\"ageConfirmed\":false,\"lang\":\"id\"}";
        // Signed in (HTTP Basic, as API clients do), the order is the buyer's account's; a guest's is nobody's.
        var placed = shop.postBody("/api/v1/orders", "application/json", body, "Authorization",
                basic(buyer.username()));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String number = placed.json().get("number").asString();
        assertThat(jdbc.sql("select user_id from customer_order where number = :n").param("n", number)
                .query(Long.class).single()).isEqualTo(buyer.userId());
        var guest = shop.postJson("/api/v1/orders", body);
        assertThat(guest.status()).as(guest.body()).isEqualTo(201);
        assertThat(jdbc.sql("select user_id is null from customer_order where number = :n")
                .param("n", guest.json().get("number").asString()).query(Boolean.class).single()).isTrue();
        var link = shop.open(placed.json().get("paymentUrl").asString());
        String path = URI.create(link.header("Location")).getPath();
        assertThat(shop.get(path).status()).isEqualTo(200);
        shop.postBody(path, "application/x-www-form-urlencoded", "card_number=4242424242424242&expiry=12/40&cvc=123");
        await().atMost(Duration.ofSeconds(20)).until(() -> "PAID".equals(jdbc.sql(
                "select status from customer_order where number = :n").param("n", number).query(String.class).single()));
        YearMonth paidMonth = YearMonth.from(jdbc.sql("select paid_at from customer_order where number = :n")
                .param("n", number).query(Timestamp.class).single().toInstant().atZone(AsnCompliance.WITA));
        long total = jdbc.sql("select total_idr from customer_order where number = :n").param("n", number)
                .query(Long.class).single();
        assertThat(total(buyer.nip(), paidMonth)).isEqualTo(total);

        var me = shop.getAs("/api/v1/asn/me", buyer.username(), buyer.username());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("months").get(0).get("total_idr").asLong()).isEqualTo(total);
    }

    @Test
    void counter_sales_count_are_scoped_to_the_staff_members_outlets_and_audited() {
        String agency = agency();
        String nip = rostered(agency, "Kasir Uji");
        long labuanBajo = mainOutlet("manggarai-barat");
        long kupang = mainOutlet("kota-kupang");
        signIn("staff", Role.OUTLET_STAFF);
        String receipt = "R-" + UUID.randomUUID().toString().substring(0, 8);
        var sale = counter.record(labuanBajo, nip, 40_000, receipt);
        assertThat(total(nip, AsnCompliance.currentMonth())).isEqualTo(40_000);
        assertThatThrownBy(() -> counter.record(labuanBajo, nip, 40_000, receipt))
                .isInstanceOfSatisfying(AsnRefusal.class, e -> assertThat(e.key()).isEqualTo("asn.counter.duplicate"));
        assertThatThrownBy(() -> counter.record(kupang, nip, 40_000, "X-" + receipt))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> counter.record(labuanBajo, nip(), 40_000, "Y-" + receipt))
                .isInstanceOfSatisfying(AsnRefusal.class, e -> assertThat(e.key()).isEqualTo("asn.counter.unknown-nip"));
        assertThat(total(nip, AsnCompliance.currentMonth())).isEqualTo(40_000);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'asn counter sale' and subject_id = :id"
                        + " and actor = 'staff'").param("id", String.valueOf(sale.id())).query(Integer.class).single())
                .isEqualTo(1);
    }
}
