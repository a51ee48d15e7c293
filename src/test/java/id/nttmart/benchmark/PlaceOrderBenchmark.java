package id.nttmart.benchmark;

import id.nttmart.inventory.Inventory;
import id.nttmart.region.Regions;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Place-order (a 3-line order to "payment pending": checks, catalogue prices, routing, the stock hold, the order
 * rows and its payment page at the gateway, here the built-in sandbox through stripe-java) by
 * {@code POST /api/v1/orders} at 16 concurrent buyers, beside the bare PostgreSQL work of such an order (the same
 * conditional stock updates and an order row with its lines, from plain JDBC, one transaction). Afterwards it checks
 * that nothing was oversold. Run with {@code ./mvnw -Pbenchmark verify -Dtest=PlaceOrderBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class PlaceOrderBenchmark {

    static final int CLIENTS = 16;
    static final int ORDERS_PER_CLIENT = 60;
    static final int PRODUCTS = 40;

    @LocalServerPort
    int port;

    @Autowired
    Regions regions;

    @Autowired
    Inventory inventory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void measure() throws Exception {
        List<String> skus = stockEveryOutlet();
        var shop = new ShopClient(port);
        var regencies = regions.regencies().stream().map(r -> r.name()).toList();
        String hot = skus.getFirst();

        // A warm-up as long as a scenario, at the same concurrency, so the JIT has compiled the paths before the clock.
        LatencyRecorder.measure("warm-up", CLIENTS, ORDERS_PER_CLIENT, (client, i) -> {
            place(shop, order(skus, new SplittableRandom(i), null), regencies.get(i % regencies.size())).run();
            return bare(order(skus, new SplittableRandom(i), null));
        });
        var results = new ArrayList<LatencyRecorder.Result>();
        results.add(LatencyRecorder.measure("app: POST /api/v1/orders, spread products", CLIENTS, ORDERS_PER_CLIENT,
                (client, i) -> place(shop, order(skus, new SplittableRandom(client * 10_000L + i), null),
                        regencies.get((client + i) % regencies.size()))));
        results.add(LatencyRecorder.measure("bare PostgreSQL: reservation + order rows, spread", CLIENTS,
                ORDERS_PER_CLIENT, (client, i) -> bare(order(skus, new SplittableRandom(client * 10_000L + i),
                        null))));
        results.add(LatencyRecorder.measure("app: POST /api/v1/orders, hot product in every order", CLIENTS,
                ORDERS_PER_CLIENT, (client, i) -> place(shop, order(skus, new SplittableRandom(client * 20_000L + i),
                        hot), regencies.get(i % regencies.size()))));
        results.add(LatencyRecorder.measure("bare PostgreSQL: reservation + order rows, hot product", CLIENTS,
                ORDERS_PER_CLIENT, (client, i) -> bare(order(skus, new SplittableRandom(client * 20_000L + i),
                        hot))));

        long oversold = jdbc.sql("select count(*) from stock where reserved > on_hand or reserved < 0")
                .query(Long.class).single();
        int mismatches = inventory.mismatchesWithMovements().size();
        var report = new StringBuilder("| scenario | clients | orders | p50 ms | p95 ms | p99 ms | orders/s |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        results.forEach(r -> report.append(r.line()).append('\n'));
        report.append("\np95 ratio app / bare PostgreSQL: spread %.1f, hot product %.1f\n".formatted(
                results.get(0).p95Millis() / results.get(1).p95Millis(),
                results.get(2).p95Millis() / results.get(3).p95Millis()));
        report.append("stock rows oversold: %d; stock rows differing from their movements: %d\n"
                .formatted(oversold, mismatches));
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/place-order.md"), report);
        if (oversold > 0 || mismatches > 0) {
            throw new AssertionError("Oversold or inconsistent stock after the run:\n" + report);
        }
    }

    private record Line(String sku, int quantity) {}

    private static List<Line> order(List<String> skus, SplittableRandom random, String hot) {
        List<Line> lines = new ArrayList<>();
        if (hot != null) {
            lines.add(new Line(hot, 1));
        }
        while (lines.size() < 3) {
            String sku = skus.get(random.nextInt(skus.size()));
            if (lines.stream().noneMatch(l -> l.sku().equals(sku))) {
                lines.add(new Line(sku, 1 + random.nextInt(2)));
            }
        }
        return lines;
    }

    /** Times one order through the API; nothing to undo (stock is plentiful and holds lapse on their own). */
    private static Runnable place(ShopClient shop, List<Line> lines, String regency) {
        var json = new StringBuilder("{\"lines\":[");
        for (int i = 0; i < lines.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(lines.get(i).sku()).append("\",\"qty\":")
                    .append(lines.get(i).quantity()).append('}');
        }
        json.append("],\"delivery\":{\"type\":\"ship\",\"address\":{\"street\":\"Jl. Uji No. 1\",\"regency\":\"")
                .append(regency).append("\",\"postal_code\":\"85111\"}},\"buyer\":{\"name\":\"Pembeli Uji\","
                        + "\"email\":\"bench@example.com\",\"phone\":\"081234567890\"}}");
        var response = shop.postJson("/api/v1/orders", json.toString());
        if (response.status() != 201) {
            throw new IllegalStateException("Order refused: " + response.status() + " " + response.body());
        }
        return () -> { };
    }

    /**
     * The database work of one order without the app, committed like the app's: the conditional stock updates in
     * lock order, an order row and its lines. Undone after the clock stops.
     */
    private Runnable bare(List<Line> lines) throws Exception {
        long outlet = regions.outlets().getFirst().id();
        var sorted = lines.stream().sorted(Comparator.comparing(Line::sku)).toList();
        long orderId;
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var reserve = connection.prepareStatement("update stock set reserved = reserved + ? where"
                    + " outlet_id = ? and product_id = (select id from product where sku = ?)"
                    + " and on_hand - reserved >= ?")) {
                for (var line : sorted) {
                    reserve.setInt(1, line.quantity());
                    reserve.setLong(2, outlet);
                    reserve.setString(3, line.sku());
                    reserve.setInt(4, line.quantity());
                    reserve.executeUpdate();
                }
            }
            try (var insert = connection.prepareStatement("""
                    insert into customer_order (number, status, buyer_name, buyer_email, buyer_phone, locale,
                        delivery_type, address, shipping_zone, subtotal_idr, shipping_idr, total_idr, tracking_token,
                        site_base)
                    values ('BENCH-' || nextval('order_number_seq'), 'EXPIRED', 'Pembeli Uji', 'bench@example.com',
                        '+6281234567890', 'id', 'SHIP', '{}', 'SAME_ISLAND', 90000, 15000, 105000, 'x', 'http://x')
                    returning id""")) {
                try (var rs = insert.executeQuery()) {
                    rs.next();
                    orderId = rs.getLong(1);
                }
            }
            try (var insertLines = connection.prepareStatement("""
                    insert into order_line (order_id, product_id, sku, name, unit_price_idr, quantity, weight_g)
                    select ?, id, sku, name_id, price_idr, ?, weight_g from product where sku = ?""")) {
                for (var line : sorted) {
                    insertLines.setLong(1, orderId);
                    insertLines.setInt(2, line.quantity());
                    insertLines.setString(3, line.sku());
                    insertLines.addBatch();
                }
                insertLines.executeBatch();
            }
            connection.commit();
        }
        return () -> {
            for (var line : sorted) {
                jdbc.sql("update stock set reserved = reserved - :q where outlet_id = :o"
                                + " and product_id = (select id from product where sku = :s)")
                        .param("q", line.quantity()).param("o", outlet).param("s", line.sku()).update();
            }
            jdbc.sql("delete from customer_order where id = :id").param("id", orderId).update();
        };
    }

    /** Products with plenty of stock at every outlet, so routing has 22 candidates and never runs dry. */
    private List<String> stockEveryOutlet() {
        String stock = String.join("|", regions.regencies().stream().map(r -> r.name() + ":100000").toList());
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            rows.add("ORDER-BENCH-%03d,Kopi Uji %d,Test Coffee %d,,,kopi,OVOP,Desa Uji,Ngada,UMKM Uji,90000,250,PIRT:1,"
                    .formatted(i, i, i) + "none," + stock);
        }
        new ShopClient(port).importCsvAsAdmin(Csv.of(rows.toArray(String[]::new)));
        return jdbc.sql("select sku from product where sku like 'ORDER-BENCH-%' order by sku").query(String.class)
                .list();
    }
}
