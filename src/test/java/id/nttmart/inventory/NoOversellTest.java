package id.nttmart.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.Application;
import id.nttmart.region.Regions;
import id.nttmart.routing.Destination;
import id.nttmart.routing.OrderLine;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import id.nttmart.support.TestServicesInitializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 200 buyers race for the last 5 units through two app instances sharing one database. */
@IntegrationTest
class NoOversellTest {

    @LocalServerPort
    int port;

    @Autowired
    Reservations firstInstance;

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void two_hundred_buyers_on_two_instances_get_exactly_the_five_units_there_are() throws Exception {
        var report = new ShopClient(port).importCsvAsAdmin(Csv.of("RACE-1,Sopi Lontar Terakhir,Last Palm Spirit,,,"
                + "minuman,OVOP,Desa Oelua,Rote Ndao,UMKM Sopi Oelua,150000,700,BPOM:MD 224913001777,alcohol,"
                + "Rote Ndao:3|Kota Kupang:2")).json();
        assertThat(report.get("created").asInt()).isEqualTo(1);
        long product = jdbc.sql("select id from product where sku = 'RACE-1'").query(Long.class).single();

        try (var secondContext = new SpringApplicationBuilder(Application.class)
                .initializers(new TestServicesInitializer())
                .run("--server.port=0", "--nttmart.demo.enabled=false")) {
            var secondInstance = secondContext.getBean(Reservations.class);
            var start = new CountDownLatch(1);
            List<Future<HoldResult>> results = new ArrayList<>();
            try (var buyers = Executors.newFixedThreadPool(32)) {
                for (int buyer = 0; buyer < 200; buyer++) {
                    var reservations = buyer % 2 == 0 ? firstInstance : secondInstance;
                    results.add(buyers.submit(() -> {
                        start.await();
                        return reservations.hold(List.of(new OrderLine(product, 1)),
                                new Destination.Delivery("Timor", -10.17, 123.61), Duration.ofMinutes(30), "buyer");
                    }));
                }
                start.countDown();
            }
            long held = 0;
            for (var result : results) {
                if (result.get() instanceof HoldResult.Held) {
                    held++;
                }
            }

            assertThat(held).isEqualTo(5);
            assertThat(jdbc.sql("select sum(reserved) from stock where product_id = :p").param("p", product)
                    .query(Integer.class).single()).isEqualTo(5);
            assertThat(jdbc.sql("select count(*) from stock_hold h where exists (select 1 from shipment s"
                            + " join shipment_line l on l.shipment_id = s.id where s.hold_id = h.id"
                            + " and l.product_id = :p) and h.status = 'HELD'")
                    .param("p", product).query(Integer.class).single()).isEqualTo(5);
        }
    }

    @Test
    void concurrent_orders_naming_the_same_products_in_any_order_neither_deadlock_nor_lose_units() throws Exception {
        var shop = new ShopClient(port);
        List<Long> products = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String sku = "TANGLE-" + i;
            shop.importCsvAsAdmin(Csv.of(sku + ",Kain Uji " + i + ",Test Cloth " + i + ",,,tenun,OVOP,Desa Uji,Ende,"
                    + "UMKM Uji,300000,700,,none,Ende:1000|Sikka:1000"));
            products.add(jdbc.sql("select id from product where sku = :sku").param("sku", sku).query(Long.class)
                    .single());
        }
        var destination = new Destination.Delivery("Flores", -8.84, 121.66);
        List<Future<HoldResult>> results = new ArrayList<>();
        try (var buyers = Executors.newFixedThreadPool(16)) {
            for (int buyer = 0; buyer < 160; buyer++) {
                // Every rotation of the same three products: the order a buyer lists them in must not matter.
                int shift = buyer % 3;
                var lines = List.of(new OrderLine(products.get(shift), 1),
                        new OrderLine(products.get((shift + 1) % 3), 1), new OrderLine(products.get((shift + 2) % 3), 1));
                results.add(buyers.submit(() -> firstInstance.hold(lines, destination, Duration.ofMinutes(30), "buyer")));
            }
        }
        for (var result : results) {
            assertThat(result.get()).isInstanceOf(HoldResult.Held.class);
        }
        for (long product : products) {
            assertThat(jdbc.sql("select sum(reserved) from stock where product_id = :p").param("p", product)
                    .query(Integer.class).single()).isEqualTo(160);
        }
    }
}
