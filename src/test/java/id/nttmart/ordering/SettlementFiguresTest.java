package id.nttmart.ordering;

import static id.nttmart.ordering.OrderFixtures.order;
import static id.nttmart.ordering.OrderFixtures.shipTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Producer settlement at an outlet: only units that left for a buyer count, at the price paid, in the month (WITA)
 * they left; the outlet's 10 % and the producer's 90 % add up to the sales; staff of other outlets cannot read it.
 */
@IntegrationTest
class SettlementFiguresTest extends OrderJourney {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Test
    void a_producers_month_matches_its_shipped_orders_exactly() {
        String producer = "Penenun Uji " + UUID.randomUUID().toString().substring(0, 6);
        String cloth = product(producer, 150_000);
        String scarf = product(producer, 99_999);
        var shipped = place(order(OrderFixtures.lines(cloth, 2, scarf, 1), shipTo("Sikka")));
        var onlyPacked = place(order(OrderFixtures.lines(cloth, 1), shipTo("Sikka")));
        var cancelled = place(order(OrderFixtures.lines(scarf, 1), shipTo("Sikka")));
        for (var order : List.of(shipped, onlyPacked, cancelled)) {
            pay(order, GOOD_CARD);
            awaitStatus(order.get("number").asString(), "PAID");
        }
        fulfilment.packed(shipmentOf(shipped.get("number").asString()));
        fulfilment.shipped(shipmentOf(shipped.get("number").asString()), "JNE", "JNE000111222", "staff");
        fulfilment.packed(shipmentOf(onlyPacked.get("number").asString()));
        cancel(cancelled);
        String outlet = outletOf("Sikka");
        YearMonth month = YearMonth.now(WITA);

        var producers = shop.getAs("/api/v1/staff/settlement/" + outlet + "/" + month, "admin", "admin");
        var lines = shop.getAs("/api/v1/staff/settlement/" + outlet + "/" + month + "?detail=lines", "admin",
                "admin");

        assertThat(producers.status()).as(producers.body()).isEqualTo(200);
        assertThat(producers.header("Content-Type")).startsWith("text/csv");
        assertThat(producers.body()).startsWith("outlet,month,producer,producer_kind,orders,units,sales_idr,"
                + "outlet_share_idr,producer_share_idr");
        // 2 x 150.000 + 99.999 = 399.999; the outlet keeps 40.000 (10 %, half up), the producer gets 359.999.
        assertThat(rowsOf(producers.body(), producer)).singleElement().asString()
                .startsWith(outlet + "," + month + "," + producer + ",").endsWith(",1,3,399999,40000,359999");
        assertThat(rowsOf(lines.body(), producer)).hasSize(2).allMatch(row -> row.contains(
                shipped.get("number").asString()));
        assertThat(rowsOf(lines.body(), producer)).anyMatch(row -> row.endsWith(",2,150000,300000"))
                .anyMatch(row -> row.endsWith(",1,99999,99999"));
    }

    @Test
    void a_sale_counts_in_the_month_it_left_the_outlet_in_wita_time() {
        String producer = "Penenun Batas " + UUID.randomUUID().toString().substring(0, 6);
        String cloth = product(producer, 200_000);
        var order = place(order(OrderFixtures.lines(cloth, 1), shipTo("Sikka")));
        pay(order, GOOD_CARD);
        awaitStatus(order.get("number").asString(), "PAID");
        long shipment = shipmentOf(order.get("number").asString());
        fulfilment.shipped(shipment, "JNE", "JNE000333444", "staff");
        String outlet = outletOf("Sikka");
        YearMonth month = YearMonth.now(WITA);
        var nextMonthStarts = month.plusMonths(1).atDay(1).atStartOfDay(WITA).toInstant();

        leftAt(shipment, nextMonthStarts.minusSeconds(1));
        String lastSecond = csv(outlet, month);
        String nextMonthBefore = csv(outlet, month.plusMonths(1));
        leftAt(shipment, nextMonthStarts);
        String thisMonthAfter = csv(outlet, month);
        String firstSecond = csv(outlet, month.plusMonths(1));

        assertThat(rowsOf(lastSecond, producer)).hasSize(1);
        assertThat(rowsOf(nextMonthBefore, producer)).isEmpty();
        assertThat(rowsOf(thisMonthAfter, producer)).isEmpty();
        assertThat(rowsOf(firstSecond, producer)).singleElement().asString().contains(",1,1,200000,20000,180000");
    }

    @Test
    void staff_of_other_outlets_cannot_read_an_outlets_settlement() {
        String sikka = outletOf("Sikka");
        String month = YearMonth.now(WITA).toString();

        var kupang = shop.getAs("/api/v1/staff/settlement/" + sikka + "/" + month, "staff-kupang", "staff-kupang");
        var customer = shop.getAs("/api/v1/staff/settlement/" + sikka + "/" + month, "customer", "customer");
        var own = shop.getAs("/api/v1/staff/settlement/" + outletOf("Kota Kupang") + "/" + month, "staff-kupang",
                "staff-kupang");
        var badMonth = shop.getAs("/api/v1/staff/settlement/" + sikka + "/November", "admin", "admin");

        assertThat(kupang.status()).isEqualTo(403);
        assertThat(kupang.body()).doesNotContain("outlet_share_idr");
        assertThat(customer.status()).isEqualTo(403);
        assertThat(own.status()).isEqualTo(200);
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.body()).contains("2026-11").doesNotContain("Exception");
    }

    private String csv(String outlet, YearMonth month) {
        var response = shop.getAs("/api/v1/staff/settlement/" + outlet + "/" + month, "admin", "admin");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private void leftAt(long shipment, java.time.Instant at) {
        jdbc.sql("""
                        update stock_movement set created_at = :at
                        where kind = 'SHIPPED' and hold_id = (select hold_id from shipment where id = :s)""")
                .param("at", java.sql.Timestamp.from(at)).param("s", shipment).update();
    }

    private void cancel(tools.jackson.databind.JsonNode order) {
        var tracking = java.net.URI.create(order.get("trackingUrl").asString().replace("/pesanan/", "/api/v1/orders/"));
        var response = shop.post(tracking.getRawPath() + "/cancel?" + tracking.getRawQuery(), null, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static List<String> rowsOf(String csv, String producer) {
        return csv.lines().filter(line -> line.contains(producer)).toList();
    }

    private String product(String producer, long price) {
        String sku = "SET-" + UUID.randomUUID().toString().substring(0, 8);
        var report = shop.importCsvAsAdmin(Csv.of(sku + ",Kain Uji " + sku + ",Test cloth " + sku + ",,,tenun,OVOP,"
                + "Desa Uji,Sikka," + producer + "," + price + ",700,,none,Sikka:10")).json();
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(1);
        return sku;
    }
}
