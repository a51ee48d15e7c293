package id.nttmart.platform;

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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A node being stopped (a rolling upgrade, a scale-in) tells the load balancer it refuses traffic, finishes the
 * requests it has (a buyer's checkout in the middle of its stock reservation is not cut off), and leaves nothing
 * behind in PostgreSQL. With a management port of its own, Prometheus reads it there without a password while the
 * shop's port does not serve it.
 */
@IntegrationTest
class GracefulShutdownTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_stopping_node_refuses_new_traffic_and_finishes_the_checkout_it_is_serving() throws Exception {
        String sku = "GRACE-" + UUID.randomUUID().toString().substring(0, 6);
        new ShopClient(port).importCsvAsAdmin(Csv.of(sku + ",Songke Uji,Test Songke,,,tenun,OVOP,Desa Uji,"
                + "Manggarai,UMKM Uji,800000,600,,none,Manggarai:5"));
        String outlet = jdbc.sql("""
                        select o.code from stock s join outlet o on o.id = s.outlet_id join product p on p.id = s.product_id
                        where p.sku = :sku""").param("sku", sku).query(String.class).single();
        int shopPort = FreePorts.next();
        int managementPort = FreePorts.next();
        ConfigurableApplicationContext node = new SpringApplicationBuilder(Application.class)
                .initializers(new TestServicesInitializer())
                .run("--server.port=" + shopPort, "--management.server.port=" + managementPort,
                        "--spring.datasource.hikari.data-source-properties.ApplicationName=node-stopping");
        CompletableFuture<ShopClient.Response> checkout;
        CompletableFuture<Void> stopping;
        try (var lock = DriverManager.getConnection(TestServices.get().jdbcUrl(), "postgres", "")) {
            var management = new ShopClient(managementPort);
            var shop = new ShopClient(shopPort);
            assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
            assertThat(management.get("/actuator/prometheus").status()).isEqualTo(200);
            assertThat(management.get("/actuator/prometheus").body()).contains("nttmart_orders_placed_total");
            assertThat(shop.get("/actuator/prometheus").status()).isNotEqualTo(200);

            // Another transaction holds the product's stock row, so the node's checkout waits inside its reservation.
            lock.setAutoCommit(false);
            try (var statement = lock.prepareStatement(
                    "select 1 from stock where product_id = (select id from product where sku = ?) for update")) {
                statement.setString(1, sku);
                statement.executeQuery().close();
            }
            checkout = CompletableFuture.supplyAsync(() -> shop.orderForPickup(sku, outlet));
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                    select count(*) from pg_stat_activity
                    where application_name = 'node-stopping' and wait_event_type = 'Lock'""")
                    .query(Integer.class).single() == 1);

            stopping = CompletableFuture.runAsync(node::close);
            var availability = node.getBean(ApplicationAvailability.class);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC);
            assertThat(checkout).isNotDone();
            assertThat(stopping).isNotDone();
            lock.rollback();
        } catch (Throwable failed) {
            node.close();
            throw failed;
        }

        var placed = checkout.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        stopping.get(40, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(node.isActive()).isFalse();
        String number = placed.json().get("number").asString();
        assertThat(jdbc.sql("select status from customer_order where number = :n").param("n", number)
                .query(String.class).single()).isEqualTo("PENDING_PAYMENT");
        assertThat(jdbc.sql("select reserved from stock where product_id = (select id from product where sku = :s)")
                .param("s", sku).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pg_stat_activity where application_name = 'node-stopping'")
                .query(Integer.class).single()).isZero();
    }
}
