package id.nttmart.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.nttmart.Application;
import id.nttmart.support.Csv;
import id.nttmart.support.FreePorts;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import id.nttmart.support.TestServices;
import id.nttmart.support.TestServicesInitializer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node runs at most {@code nttmart.reservations.concurrency} stock holds against PostgreSQL at once; more buyers
 * checking out at the same moment wait their turn in the node and are all served; one who waits longer than the
 * patience allows is told the shop is busy (503, try again), with nothing held.
 */
@IntegrationTest
class ReservationGateTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void six_buyers_at_once_reach_the_database_two_at_a_time_and_all_get_their_order() throws Exception {
        String sku = product();
        try (var node = node(2, "PT10S"); var lock = lockStock(sku)) {
            var shop = new ShopClient(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
            List<CompletableFuture<ShopClient.Response>> checkouts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                checkouts.add(checkout(shop, sku));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnStock() == 2);
            // The other four stay queued in the node, not in the database, for as long as the row is locked.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> waitingOnStock() == 2);
            assertThat(metrics(shop)).containsPattern("nttmart_reservations_waiting\\{[^}]*} 4\\.0");
            assertThat(checkouts).noneMatch(CompletableFuture::isDone);
            lock.rollback();

            for (var checkout : checkouts) {
                var placed = checkout.get(30, TimeUnit.SECONDS);
                assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            }
        }
        assertThat(jdbc.sql("select reserved from stock where product_id = (select id from product where sku = :s)")
                .param("s", sku).query(Integer.class).single()).isEqualTo(6);
    }

    @Test
    void a_buyer_who_waits_too_long_for_a_turn_is_told_the_shop_is_busy_and_nothing_is_held() throws Exception {
        String sku = product();
        try (var node = node(1, "PT1S"); var lock = lockStock(sku)) {
            var shop = new ShopClient(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
            var first = checkout(shop, sku);
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnStock() == 1);

            var second = checkout(shop, sku).get(30, TimeUnit.SECONDS);
            assertThat(second.status()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(second.body()).contains("\"error\":\"busy\"").contains("try again")
                    .doesNotContain("Exception");
            assertThat(first).isNotDone();
            assertThat(metrics(shop)).containsPattern("nttmart_reservations_busy_total\\{[^}]*} 1\\.0");
            lock.rollback();
            assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
        }
        assertThat(jdbc.sql("select reserved from stock where product_id = (select id from product where sku = :s)")
                .param("s", sku).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from customer_order o join order_line l on l.order_id = o.id
                        where l.sku = :s""").param("s", sku).query(Integer.class).single()).isEqualTo(1);
    }

    private String product() {
        String sku = "GATE-" + UUID.randomUUID().toString().substring(0, 6);
        new ShopClient(port).importCsvAsAdmin(Csv.of(sku + ",Songke Uji,Test Songke,,,tenun,OVOP,Desa Uji,"
                + "Manggarai,UMKM Uji,800000,600,,none,Manggarai:20"));
        return sku;
    }

    private static ConfigurableApplicationContext node(int concurrency, String patience) {
        return new SpringApplicationBuilder(Application.class)
                .initializers(new TestServicesInitializer())
                .run("--server.port=" + FreePorts.next(), "--nttmart.reservations.concurrency=" + concurrency,
                        "--nttmart.reservations.patience=" + patience,
                        "--spring.datasource.hikari.data-source-properties.ApplicationName=node-gated");
    }

    /** Another transaction holds the product's stock row, so every hold that reaches PostgreSQL waits there. */
    private static Connection lockStock(String sku) throws Exception {
        var lock = DriverManager.getConnection(TestServices.get().jdbcUrl(), "postgres", "");
        lock.setAutoCommit(false);
        try (var statement = lock.prepareStatement(
                "select 1 from stock where product_id = (select id from product where sku = ?) for update")) {
            statement.setString(1, sku);
            statement.executeQuery().close();
        }
        return lock;
    }

    private CompletableFuture<ShopClient.Response> checkout(ShopClient shop, String sku) {
        String outlet = jdbc.sql("""
                        select o.code from stock s join outlet o on o.id = s.outlet_id join product p on p.id = s.product_id
                        where p.sku = :sku""").param("sku", sku).query(String.class).single();
        return CompletableFuture.supplyAsync(() -> shop.orderForPickup(sku, outlet));
    }

    /** The node's Prometheus page, as an administrator reads it on the shop's own port. */
    private static String metrics(ShopClient shop) {
        return shop.getAs("/actuator/prometheus", "admin", "admin").body();
    }

    private int waitingOnStock() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where application_name = 'node-gated' and wait_event_type = 'Lock'""")
                .query(Integer.class).single();
    }
}
