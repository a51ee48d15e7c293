package id.nttmart.ordering;

import static id.nttmart.ordering.OrderFixtures.order;
import static id.nttmart.ordering.OrderFixtures.shipTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.dashboard.Dashboard;
import id.nttmart.dashboard.SalesLedger;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The province dashboard counts what buyers paid for: in the WITA month of payment, at the outlet that sends the
 * goods, by regency, island, program and category; cancelled orders drop out, a rejected shipment moves its sales to
 * the outlet that takes over, and the aggregates kept on the way equal a rebuild from the orders.
 */
@IntegrationTest
class DashboardTest extends OrderJourney {

    @Autowired
    SalesLedger ledger;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_months_figures_count_paid_orders_and_drop_cancelled_ones() {
        String producer = "Penenun Dasbor " + UUID.randomUUID().toString().substring(0, 6);
        long clothPrice = 7_300_000;
        long basketPrice = 4_100_000;
        String cloth = product(producer, "tenun", "OVOP", "Sikka", "Sikka:10", clothPrice);
        String basket = product(producer + " Kupang", "kerajinan", "OCOP", "Kota Kupang", "Kota Kupang:10",
                basketPrice);
        JsonNode before = figures();

        var paidCloth = place(order(OrderFixtures.lines(cloth, 2), shipTo("Sikka")));
        var paidBasket = place(order(OrderFixtures.lines(basket, 1), shipTo("Kota Kupang")));
        var cancelled = place(order(OrderFixtures.lines(cloth, 1), shipTo("Sikka")));
        var unpaid = place(order(OrderFixtures.lines(cloth, 1), shipTo("Sikka")));
        for (var order : List.of(paidCloth, paidBasket, cancelled)) {
            pay(order, GOOD_CARD);
            awaitStatus(order.get("number").asString(), "PAID");
        }
        JsonNode whilePaid = figures();
        cancel(cancelled);
        JsonNode after = figures();

        assertThat(unpaid.get("number").asString()).isNotBlank();
        assertThat(delta(before, whilePaid, "amount_idr")).isEqualTo(3 * clothPrice + basketPrice);
        assertThat(delta(before, after, "amount_idr")).isEqualTo(2 * clothPrice + basketPrice);
        assertThat(delta(before, after, "orders")).isEqualTo(2);
        assertThat(slice(after, "outlets", "code", outletOf("Sikka")) - slice(before, "outlets", "code",
                outletOf("Sikka"))).isEqualTo(2 * clothPrice);
        assertThat(slice(after, "outlets", "code", outletOf("Kota Kupang")) - slice(before, "outlets", "code",
                outletOf("Kota Kupang"))).isEqualTo(basketPrice);
        assertThat(sliceDelta(before, after, "regencies", "Sikka")).isEqualTo(2 * clothPrice);
        assertThat(sliceDelta(before, after, "regencies", "Kota Kupang")).isEqualTo(basketPrice);
        assertThat(sliceDelta(before, after, "islands", "Flores")).isEqualTo(2 * clothPrice);
        assertThat(sliceDelta(before, after, "islands", "Timor")).isEqualTo(basketPrice);
        assertThat(sliceDelta(before, after, "programs", "OVOP")).isEqualTo(2 * clothPrice);
        assertThat(sliceDelta(before, after, "programs", "OCOP")).isEqualTo(basketPrice);
        assertThat(sliceDelta(before, after, "programs", "OSOP")).isZero();
        assertThat(sliceDelta(before, after, "categories", "tenun")).isEqualTo(2 * clothPrice);
        assertThat(sliceDelta(before, after, "categories", "kerajinan")).isEqualTo(basketPrice);
        assertThat(after.get("top_products").findValuesAsString("sku")).contains(cloth);
        assertThat(after.get("target_low_idr").asLong()).isEqualTo(150_000_000_000L);
        assertThat(after.get("outlets")).hasSizeGreaterThanOrEqualTo(22);
        assertThat(sales(cloth)).isEqualTo(Map.of(YearMonth.now(Dashboard.WITA), 2 * clothPrice));
    }

    @Test
    void an_order_counts_in_the_wita_month_it_was_paid() {
        String cloth = product("Penenun Batas Dasbor " + UUID.randomUUID().toString().substring(0, 6), "tenun", "OVOP",
                "Sikka", "Sikka:10", 2_000_000);
        var order = place(order(OrderFixtures.lines(cloth, 1), shipTo("Sikka")));
        pay(order, GOOD_CARD);
        String number = order.get("number").asString();
        awaitStatus(number, "PAID");
        YearMonth month = YearMonth.now(Dashboard.WITA);
        var nextMonthStarts = month.plusMonths(1).atDay(1).atStartOfDay(Dashboard.WITA).toInstant();

        paidAt(number, Timestamp.from(nextMonthStarts.minusSeconds(1)));
        var lastSecond = sales(cloth);
        paidAt(number, Timestamp.from(nextMonthStarts));
        var firstSecond = sales(cloth);

        assertThat(lastSecond).isEqualTo(Map.of(month, 2_000_000L));
        assertThat(firstSecond).isEqualTo(Map.of(month.plusMonths(1), 2_000_000L));
    }

    @Test
    void a_rejected_shipment_moves_its_sales_to_the_outlet_that_takes_over() {
        String cloth = product("Penenun Tolak Dasbor " + UUID.randomUUID().toString().substring(0, 6), "tenun",
                "OVOP", "Sikka", "Sikka:5|Ende:5", 3_000_000);
        var order = place(order(OrderFixtures.lines(cloth, 1), shipTo("Sikka")));
        pay(order, GOOD_CARD);
        String number = order.get("number").asString();
        awaitStatus(number, "PAID");
        var atFirst = salesByOutlet(cloth);

        reservations.reject(shipmentOf(number), "staff", "damaged in the store room");

        assertThat(atFirst).isEqualTo(Map.of(outletOf("Sikka"), 3_000_000L));
        assertThat(salesByOutlet(cloth)).isEqualTo(Map.of(outletOf("Ende"), 3_000_000L));
    }

    @Test
    void the_aggregates_kept_on_the_way_equal_a_rebuild_from_the_orders() {
        String cloth = product("Penenun Ulang " + UUID.randomUUID().toString().substring(0, 6), "tenun", "OVOP",
                "Sikka", "Sikka:10", 1_500_000);
        var order = place(order(OrderFixtures.lines(cloth, 3), shipTo("Sikka")));
        pay(order, GOOD_CARD);
        awaitStatus(order.get("number").asString(), "PAID");
        var kept = snapshot();

        int counted = ledger.rebuildUnchecked();

        assertThat(counted).isPositive();
        assertThat(snapshot()).isEqualTo(kept);
        assertThat(sales(cloth)).isEqualTo(Map.of(YearMonth.now(Dashboard.WITA), 4_500_000L));
    }

    @Test
    void every_figure_downloads_as_csv_and_only_administrators_read_them() {
        var csv = shop.getAs("/api/v1/admin/dashboard?csv=regencies&month=" + YearMonth.now(Dashboard.WITA), "admin",
                "admin");
        var outlets = shop.getAs("/api/v1/admin/dashboard?csv=outlets", "admin", "admin");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("month,regency,label,orders,units,amount_idr").contains(",Sikka,Sikka,");
        assertThat(csv.body().lines()).hasSize(23);
        assertThat(outlets.body().lines().skip(1)).hasSizeGreaterThanOrEqualTo(22);
        for (String figure : List.of("trend", "islands", "programs", "categories", "top-products", "catalogue",
                "asn-compliance")) {
            assertThat(shop.getAs("/api/v1/admin/dashboard?csv=" + figure, "admin", "admin").status()).as(figure)
                    .isEqualTo(200);
        }
        assertThat(shop.getAs("/api/v1/admin/dashboard?month=2026-13", "admin", "admin").status()).isEqualTo(400);
        assertThat(shop.getAs("/api/v1/admin/dashboard", "staff", "staff").status()).isEqualTo(403);
        assertThat(shop.getAs("/api/v1/admin/dashboard", "curator", "curator").status()).isEqualTo(403);
        assertThat(shop.getAs("/api/v1/admin/dashboard?csv=outlets", "customer", "customer").status())
                .isEqualTo(403);
        assertThat(shop.post("/api/v1/admin/dashboard/rebuild", "staff", "staff").status()).isEqualTo(403);
        assertThat(shop.get("/api/v1/admin/dashboard").status()).isIn(401, 403);
    }

    private JsonNode figures() {
        var response = shop.getAs("/api/v1/admin/dashboard?month=" + YearMonth.now(Dashboard.WITA), "admin", "admin");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static long delta(JsonNode before, JsonNode after, String field) {
        return after.get(field).asLong() - before.get(field).asLong();
    }

    private static long slice(JsonNode figures, String list, String keyField, String key) {
        for (JsonNode item : figures.get(list)) {
            if (item.get(keyField).asString().equals(key)) {
                return item.get("amount_idr").asLong();
            }
        }
        throw new AssertionError("no " + key + " in " + list);
    }

    private static long sliceDelta(JsonNode before, JsonNode after, String list, String key) {
        return slice(after, list, "key", key) - slice(before, list, "key", key);
    }

    /** The product's sales per month in the aggregates. */
    private Map<YearMonth, Long> sales(String sku) {
        return jdbc.sql("""
                select sm.month, sum(sm.amount_idr) from sales_month sm join product p on p.id = sm.product_id
                where p.sku = :sku group by sm.month""").param("sku", sku)
                .query((rs, n) -> Map.entry(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, Long> salesByOutlet(String sku) {
        return jdbc.sql("""
                select o.code, sum(sm.amount_idr) from sales_month sm join product p on p.id = sm.product_id
                join outlet o on o.id = sm.outlet_id where p.sku = :sku group by o.code""").param("sku", sku)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<String> snapshot() {
        return jdbc.sql("""
                select 'm|' || month || '|' || outlet_id || '|' || product_id || '|' || orders || '|' || units || '|'
                       || amount_idr from sales_month
                union all select 'o|' || month || '|' || outlet_id || '|' || orders || '|' || amount_idr
                       from sales_month_outlet
                union all select 't|' || month || '|' || orders || '|' || amount_idr from sales_month_total
                union all select 's|' || order_id || '|' || outlet_id || '|' || product_id || '|' || month || '|'
                       || units || '|' || amount_idr from sales_order_share
                order by 1""").query(String.class).list();
    }

    /** Moves the payment time, as if paid then, and lets the ledger see the order again (as any event would). */
    private void paidAt(String number, Timestamp at) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update customer_order set paid_at = :at where number = :n").param("at", at).param("n", number)
                    .update();
            ledger.refresh(jdbc.sql("select id from customer_order where number = :n").param("n", number)
                    .query(Long.class).single());
        });
    }

    private String product(String producer, String category, String program, String regency, String stock,
            long price) {
        String sku = "DSB-" + UUID.randomUUID().toString().substring(0, 8);
        var report = shop.importCsvAsAdmin(Csv.of(sku + ",Produk Dasbor " + sku + ",Dashboard product " + sku
                + ",,," + category + "," + program + ",Desa Uji," + regency + "," + producer + "," + price
                + ",700,,none," + stock)).json();
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(1);
        return sku;
    }

    private void cancel(JsonNode order) {
        var tracking = java.net.URI.create(order.get("trackingUrl").asString().replace("/pesanan/", "/api/v1/orders/"));
        var response = shop.post(tracking.getRawPath() + "/cancel?" + tracking.getRawQuery(), null, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
