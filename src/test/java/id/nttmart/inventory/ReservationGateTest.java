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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node runs at most {@code nttmart.reservations.concurrency} stock holds against PostgreSQL at once; more buyers
 * checking out at the same moment wait their turn in the node and are all served.
 */
@IntegrationTest
class ReservationGateTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void six_buyers_at_once_reach_the_database_two_at_a_time_and_all_get_their_order() throws Exception {
        String sku = "GATE-" + UUID.randomUUID().toString().substring(0, 6);
        new ShopClient(port).importCsvAsAdmin(Csv.of(sku + ",Songke Uji,Test Songke,,,tenun,OVOP,Desa Uji,"
                + "Manggarai,UMKM Uji,800000,600,,none,Manggarai:20"));
        String outlet = jdbc.sql("""
                        select o.code from stock s join outlet o on o.id = s.outlet_id join product p on p.id = s.product_id
                        where p.sku = :sku""").param("sku", sku).query(String.class).single();
        var node = new SpringApplicationBuilder(Application.class)
                .initializers(new TestServicesInitializer())
                .run("--server.port=" + FreePorts.next(), "--nttmart.reservations.concurrency=2",
                        "--spring.datasource.hikari.data-source-properties.ApplicationName=node-gated");
        try (node; var lock = DriverManager.getConnection(TestServices.get().jdbcUrl(), "postgres", "")) {
            var shop = new ShopClient(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
            // Another transaction holds the product's stock row, so every hold that reaches PostgreSQL waits there.
            lock.setAutoCommit(false);
            try (var statement = lock.prepareStatement(
                    "select 1 from stock where product_id = (select id from product where sku = ?) for update")) {
                statement.setString(1, sku);
                statement.executeQuery().close();
            }
            List<CompletableFuture<ShopClient.Response>> checkouts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                checkouts.add(CompletableFuture.supplyAsync(() -> shop.postJson("/api/v1/orders", """
                        {"lines":[{"sku":"%s","qty":1}],"delivery":{"type":"pickup","outlet":"%s"},
                         "buyer":{"name":"Maria Goreti","email":"maria@example.com","phone":"081234567890"},
                         "lang":"id"}""".formatted(sku, outlet))));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnStock() == 2);
            // The other four stay queued in the node, not in the database, for as long as the row is locked.
            for (int look = 0; look < 5; look++) {
                Thread.sleep(200);
                assertThat(waitingOnStock()).isEqualTo(2);
            }
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

    private int waitingOnStock() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where application_name = 'node-gated' and wait_event_type = 'Lock'""")
                .query(Integer.class).single();
    }
}
