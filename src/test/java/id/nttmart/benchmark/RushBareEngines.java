package id.nttmart.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.nttmart.platform.embedded.EmbeddedPostgresServer;
import id.nttmart.support.TestServices;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bare engines beside the shop in {@link FirstOfMonthRushBenchmark}: for each visitor, the search requests the shop
 * would send, straight to Elasticsearch, and an order-sized transaction (reserve three units, the order and its
 * lines) straight to PostgreSQL over a pool of its own. Closing it removes those orders and gives their units back.
 */
final class RushBareEngines implements AutoCloseable {

    private final JdbcClient jdbc;
    private final List<List<String>> esBodies;
    private final String esSearchUrl;
    private final HikariDataSource db;
    private final HttpClient http = httpClient();
    private final ConcurrentLinkedQueue<long[]> orders = new ConcurrentLinkedQueue<>();

    /**
     * @param esBodies per search of the query mix, the request bodies the shop sends for it
     * @param esSearchUrl the search endpoint of the products alias
     */
    RushBareEngines(JdbcClient jdbc, List<List<String>> esBodies, String esSearchUrl) {
        this.jdbc = jdbc;
        this.esBodies = esBodies;
        this.esSearchUrl = esSearchUrl;
        var config = new HikariConfig();
        config.setJdbcUrl(TestServices.get().jdbcUrl());
        config.setUsername(EmbeddedPostgresServer.USER);
        config.setMaximumPoolSize(10);
        config.setPoolName("bare-postgresql");
        this.db = new HikariDataSource(config);
    }

    /** The driver's HTTP client, for the shop and the bare Elasticsearch alike. */
    static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The same searches straight to Elasticsearch, and an order-sized transaction straight to PostgreSQL. */
    void visit(int[] queries, List<String> skus, long outletId, RushJourney.Steps bare) {
        try {
            for (int q : queries) {
                long t = System.nanoTime();
                for (String body : esBodies.get(q)) {
                    var response = http.send(HttpRequest.newBuilder(URI.create(esSearchUrl)).header("Content-Type",
                            "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        bare.error("bare Elasticsearch: HTTP " + response.statusCode());
                        return;
                    }
                }
                bare.add("search", t);
            }
            long t = System.nanoTime();
            orders.add(order(skus.stream().sorted().toList(), outletId));
            bare.add("place order", t);
        } catch (Exception e) {
            bare.error("bare: " + e.getClass().getSimpleName());
        }
    }

    /** Reserves one unit of each SKU at the outlet (in SKU order, as the app locks), then the order and its lines. */
    private long[] order(List<String> skus, long outletId) throws Exception {
        try (var connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try (var reserve = connection.prepareStatement("update stock set reserved = reserved + 1 where"
                    + " outlet_id = ? and product_id = (select id from product where sku = ?)"
                    + " and on_hand - reserved >= 1")) {
                for (String sku : skus) {
                    reserve.setLong(1, outletId);
                    reserve.setString(2, sku);
                    if (reserve.executeUpdate() != 1) {
                        throw new IllegalStateException("no stock for " + sku);
                    }
                }
            }
            long orderId;
            try (var insert = connection.prepareStatement("""
                    insert into customer_order (number, status, buyer_name, buyer_email, buyer_phone, locale,
                        delivery_type, pickup_outlet_id, shipping_zone, subtotal_idr, shipping_idr, total_idr,
                        tracking_token, site_base)
                    values ('BENCH-' || nextval('order_number_seq'), 'EXPIRED', 'ASN Uji', 'bench@example.com',
                        '+6281234567890', 'id', 'PICKUP', ?, 'PICKUP', 100000, 0, 100000, 'x', 'http://x')
                    returning id""")) {
                insert.setLong(1, outletId);
                try (var rs = insert.executeQuery()) {
                    rs.next();
                    orderId = rs.getLong(1);
                }
            }
            try (var lines = connection.prepareStatement("""
                    insert into order_line (order_id, product_id, sku, name, unit_price_idr, quantity, weight_g)
                    select ?, id, sku, name_id, price_idr, 1, weight_g from product where sku = ?""")) {
                for (String sku : skus) {
                    lines.setLong(1, orderId);
                    lines.setString(2, sku);
                    lines.addBatch();
                }
                lines.executeBatch();
            }
            connection.commit();
            return new long[] {orderId, outletId};
        }
    }

    /** Removes the bare orders' rows and reservations (each reserved one unit of three products). */
    @Override
    public void close() {
        for (long[] o : orders) {
            jdbc.sql("""
                    update stock set reserved = reserved - 1 where outlet_id = :outlet
                    and product_id in (select product_id from order_line where order_id = :id)""")
                    .param("outlet", o[1]).param("id", o[0]).update();
            jdbc.sql("delete from customer_order where id = :id").param("id", o[0]).update();
        }
        db.close();
    }
}
