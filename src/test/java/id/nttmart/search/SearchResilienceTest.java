package id.nttmart.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.nttmart.catalog.Catalog;
import id.nttmart.inventory.Inventory;
import id.nttmart.region.Regions;
import id.nttmart.support.Browsers;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search when Elasticsearch fails, while the index is rebuilt, and as stock changes: the shop answers clearly,
 * loses nothing, and the index follows PostgreSQL within seconds.
 */
@IntegrationTest
class SearchResilienceTest {

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    SearchProperties properties;

    @Autowired
    Catalog catalog;

    @Autowired
    Inventory inventory;

    @Autowired
    Regions regions;

    @Autowired
    TransactionTemplate transactions;

    ShopClient shop;

    @BeforeEach
    void client() {
        shop = new ShopClient(port);
    }

    Set<String> indicesBehindAlias() throws IOException {
        return client.indices().getAlias(a -> a.name(properties.alias())).result().keySet();
    }

    @Test
    void with_the_index_unavailable_search_says_so_and_changes_made_meanwhile_arrive_afterwards() throws IOException {
        String index = indicesBehindAlias().iterator().next();
        client.indices().close(c -> c.index(index));
        try {
            var response = shop.search("kopi");
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.json().get("message").asString()).contains("briefly unavailable");
            assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("index_closed");
            assertThat(shop.get("/api/v1/suggestions?q=kop").status()).isEqualTo(200);
            theStorefrontStaysUsableWithoutSearch();

            var imported = shop.importCsvAsAdmin(Csv.of("DOWN-1,Madu Uji Saat Padam,Outage Test Honey,,,madu,OVOP,"
                    + "Desa Uji,Alor,Kelompok Uji,99000,500,PIRT:P-1,none,Alor:3"));
            assertThat(imported.status()).isEqualTo(200);
            // The product is in PostgreSQL and can be shown and bought; its index entry waits in the outbox.
            assertThat(shop.get("/api/v1/products/DOWN-1").status()).isEqualTo(200);
        } finally {
            client.indices().open(o -> o.index(index));
        }

        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() ->
                assertThat(shop.search("Madu Uji Saat Padam").json().get("items").get(0).get("sku").asString())
                        .isEqualTo("DOWN-1"));
    }

    /** The results page says so and offers browsing, which works from PostgreSQL. */
    void theStorefrontStaysUsableWithoutSearch() {
        var page = Browsers.phonePage(800);
        try {
            page.navigate("http://localhost:" + port + "/search?q=kopi");
            assertThat(page.locator(".unavailable")).containsText("Pencarian sedang tidak tersedia");
            page.locator(".browse-categories a[href='/kategori/kopi']").click();
            page.waitForURL("**/kategori/kopi");
            assertThat(page.locator(".cards .card").first()).isVisible();
            assertThat(page.locator(".cards .card").first()).containsText("Rp");
        } finally {
            page.close();
        }
    }

    @Test
    void a_full_reindex_swaps_the_alias_while_searches_go_on_undisturbed() throws Exception {
        long listed = catalog.countListed();
        Set<String> before = indicesBehindAlias();
        var rebuild = CompletableFuture.supplyAsync(() -> shop.post("/api/v1/admin/search/reindex", "admin", "admin"));

        var totals = new ArrayList<Long>();
        var statuses = new ArrayList<Integer>();
        while (!rebuild.isDone()) {
            var response = shop.get("/api/v1/products?q=&size=1");
            statuses.add(response.status());
            totals.add(response.status() == 200 ? response.json().get("total").asLong() : -1);
        }
        var result = rebuild.get();

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("indexed").asLong()).isEqualTo(listed);
        assertThat(statuses).isNotEmpty().containsOnly(200);
        assertThat(totals).containsOnly(listed);
        assertThat(indicesBehindAlias()).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(shop.search("").json().get("total").asLong()).isEqualTo(listed);
    }

    @Test
    void only_administrators_may_start_a_reindex() {
        assertThat(shop.post("/api/v1/admin/search/reindex", null, null).status()).isEqualTo(401);
        assertThat(shop.post("/api/v1/admin/search/reindex", "customer", "customer").status()).isEqualTo(403);
    }

    @Test
    void stock_shown_in_results_follows_postgresql_within_seconds() {
        shop.importCsvAsAdmin(Csv.of("STOCK-1,Kopi Uji Stok Lewoleba,Lewoleba Stock Test Coffee,,,kopi,OVOP,Desa Uji,"
                + "Lembata,Kelompok Uji,120000,250,PIRT:P-2,none,Lembata:2"));
        long productId = catalog.findBySku("STOCK-1").orElseThrow().id();
        long outlet = regions.mainOutlet(regions.findByName("Lembata").orElseThrow().id()).id();
        awaitInStock(true);

        transactions.executeWithoutResult(tx -> inventory.count(outlet, productId, 0, "test", "sold out"));
        awaitInStock(false);

        transactions.executeWithoutResult(tx -> inventory.receive(outlet, productId, 5, "test", "new delivery"));
        awaitInStock(true);
        assertThat(shop.get("/api/v1/products/STOCK-1").json().get("availability").get(0).get("available").asInt())
                .isEqualTo(5);
    }

    /** Within 2 seconds, the search results show the test product in stock or not. */
    void awaitInStock(boolean expected) {
        await().atMost(Duration.ofSeconds(2)).ignoreExceptions()
                .untilAsserted(() -> assertThat(inStock("STOCK-1")).isEqualTo(expected));
    }

    boolean inStock(String sku) {
        List<tools.jackson.databind.JsonNode> items = new ArrayList<>();
        shop.search("Kopi Uji Stok Lewoleba").json().get("items").forEach(items::add);
        return items.stream().filter(i -> i.get("sku").asString().equals(sku)).findFirst().orElseThrow()
                .get("in_stock").asBoolean();
    }
}
