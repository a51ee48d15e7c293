package id.nttmart.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.Application;
import id.nttmart.routing.Destination;
import id.nttmart.routing.OrderLine;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import id.nttmart.support.TestServicesInitializer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The expiry job runs on every instance; each unpaid hold is still released exactly once. */
@IntegrationTest
class HoldExpiryAcrossInstancesTest {

    @LocalServerPort
    int port;

    @Autowired
    Reservations firstInstance;

    @Autowired
    JdbcClient jdbc;

    @Test
    void two_instances_expiring_at_the_same_time_release_each_hold_once() throws Exception {
        new ShopClient(port).importCsvAsAdmin(Csv.of("EXPIRY-1,Songke Uji,Test Songke,,,tenun,OVOP,Desa Uji,"
                + "Manggarai,UMKM Uji,800000,600,,none,Manggarai:40"));
        long product = jdbc.sql("select id from product where sku = 'EXPIRY-1'").query(Long.class).single();
        var ruteng = new Destination.Delivery("Flores", -8.61, 120.46);
        for (int i = 0; i < 30; i++) {
            assertThat(firstInstance.hold(java.util.List.of(new OrderLine(product, 1)), ruteng, Duration.ZERO, "buyer"))
                    .isInstanceOf(HoldResult.Held.class);
        }

        try (var second = new SpringApplicationBuilder(Application.class)
                .initializers(new TestServicesInitializer())
                .run("--server.port=0", "--nttmart.demo.enabled=false")) {
            var secondInstance = second.getBean(Reservations.class);
            var start = new CountDownLatch(1);
            try (var jobs = Executors.newFixedThreadPool(4)) {
                for (var reservations : java.util.List.of(firstInstance, secondInstance, firstInstance,
                        secondInstance)) {
                    jobs.submit(() -> {
                        start.await();
                        return reservations.expireDue(1000);
                    });
                }
                start.countDown();
            }
        }

        assertThat(jdbc.sql("select reserved from stock where product_id = :p").param("p", product)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from stock_movement where product_id = :p and kind = 'RELEASED'")
                .param("p", product).query(Integer.class).single()).isEqualTo(30);
        assertThat(jdbc.sql("""
                        select count(*) from stock_hold h join shipment s on s.hold_id = h.id
                        join shipment_line l on l.shipment_id = s.id
                        where l.product_id = :p and h.status = 'EXPIRED'""")
                .param("p", product).query(Integer.class).single()).isEqualTo(30);
    }
}
