package id.nttmart.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.ProductChanged;
import id.nttmart.inventory.Inventory;
import id.nttmart.region.Regions;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes reach the index through the outbox, even when the relay or Elasticsearch was away at the time. */
@IntegrationTest
class SearchOutboxTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchOutboxRelay relay;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Inventory inventory;

    @Autowired
    Catalog catalog;

    @Autowired
    Regions regions;

    long outboxRows(long productId) {
        return jdbc.sql("select count(*) from search_outbox where product_id = :id").param("id", productId)
                .query(Long.class).single();
    }

    @Test
    void only_stock_changes_between_none_and_some_available_reach_the_outbox() {
        new ShopClient(port).importCsvAsAdmin(Csv.of("OUTBOX-2,Kenari Uji Alor,Alor Test Kenari,,,camilan,OVOP,"
                + "Desa Uji,Alor,Kelompok Uji,60000,250,PIRT:P-3,none,Alor:3"));
        long product = catalog.findBySku("OUTBOX-2").orElseThrow().id();
        long outlet = regions.mainOutlet(regions.findByName("Alor").orElseThrow().id()).id();
        await().atMost(Duration.ofSeconds(5)).until(() -> outboxRows(product) == 0);
        relay.stop();
        try {
            transactions.executeWithoutResult(tx -> inventory.receive(outlet, product, 2, "test", "delivery"));
            transactions.executeWithoutResult(tx -> inventory.adjust(outlet, product, -4, "test", "damaged"));
            assertThat(outboxRows(product)).as("3 -> 5 -> 1 units: in stock all along").isZero();

            transactions.executeWithoutResult(tx -> inventory.adjust(outlet, product, -1, "test", "damaged"));
            assertThat(outboxRows(product)).as("1 -> 0 units: out of stock").isEqualTo(1);
        } finally {
            relay.start();
        }
    }

    @Test
    void a_change_committed_while_the_relay_is_down_reaches_the_index_when_it_is_back() {
        var shop = new ShopClient(port);
        relay.stop();
        try {
            var imported = shop.importCsvAsAdmin(Csv.of("OUTBOX-1,Sasando Mini Ndao,Mini Sasando of Ndao,,,kerajinan,"
                    + "OVOP,Desa Ndao,Rote Ndao,UMKM Sasando Ndao,275000,900,,none,Rote Ndao:2"));
            assertThat(imported.json().get("created").asInt()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from search_outbox o join product p on p.id = o.product_id"
                    + " where p.sku = 'OUTBOX-1'").query(Integer.class).single()).isPositive();
            assertThat(shop.search("Sasando Mini Ndao").json().get("items").findValuesAsString("sku"))
                    .doesNotContain("OUTBOX-1");
        } finally {
            relay.start();
        }

        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().untilAsserted(() ->
                assertThat(shop.search("Sasando Mini Ndao").json().get("items").get(0).get("sku").asString())
                        .isEqualTo("OUTBOX-1"));
        assertThat(jdbc.sql("select count(*) from search_outbox o join product p on p.id = o.product_id"
                + " where p.sku = 'OUTBOX-1'").query(Integer.class).single()).isZero();
    }

    @Test
    void the_outbox_row_commits_or_rolls_back_with_the_change() {
        relay.stop();
        try {
            transactions.executeWithoutResult(tx -> {
                events.publishEvent(new ProductChanged(-42));
                tx.setRollbackOnly();
            });
            transactions.executeWithoutResult(tx -> events.publishEvent(new ProductChanged(-43)));

            assertThat(jdbc.sql("select count(*) from search_outbox where product_id = -42").query(Long.class)
                    .single()).isZero();
            assertThat(jdbc.sql("select count(*) from search_outbox where product_id = -43").query(Long.class)
                    .single()).isEqualTo(1);
        } finally {
            relay.start();
        }
        // A product that does not exist is simply removed from the index (nothing to remove), and its row cleared.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                jdbc.sql("select count(*) from search_outbox where product_id = -43").query(Long.class).single())
                .isZero());
    }
}
