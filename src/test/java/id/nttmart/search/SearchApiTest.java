package id.nttmart.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SearchApiTest {

    @LocalServerPort
    int port;

    ShopClient shop;

    @BeforeEach
    void client() {
        shop = new ShopClient(port);
    }

    @Test
    void an_imported_product_is_found_through_the_search_api_within_two_seconds() {
        var imported = shop.importCsvAsAdmin(Csv.of(
                "SRCH-1,Selendang Tenun Lamaholot Kewa,Lamaholot Kewa Ikat Shawl,Selendang tenun ikat dari"
                        + " Adonara.,An ikat shawl from Adonara.,tenun,OVOP,Desa Kewa,Flores Timur,"
                        + "Kelompok Tenun Kewa,450000,300,,none,Flores Timur:4"));
        assertThat(imported.json().get("created").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            var result = shop.search("Lamaholot Kewa").json();
            assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(1);
            var first = result.get("items").get(0);
            assertThat(first.get("sku").asString()).isEqualTo("SRCH-1");
            assertThat(first.get("url").asString()).startsWith("/produk/selendang-tenun-lamaholot-kewa");
            assertThat(first.get("price_idr").asLong()).isEqualTo(450000);
            assertThat(first.get("regency").asString()).isEqualTo("Flores Timur");
            assertThat(first.get("in_stock").asBoolean()).isTrue();
        });
    }

    @Test
    void results_come_in_relevance_order_with_the_searched_thing_first() {
        var result = shop.search("tenun ikat").json();

        assertThat(result.get("total").asLong()).isGreaterThan(10);
        List<String> firstCategories = StreamSupport.stream(result.get("items").spliterator(), false).limit(10)
                .map(item -> item.get("category").asString()).toList();
        assertThat(firstCategories.getFirst()).isEqualTo("tenun");
        // Ikat ties and bags mention "tenun ikat" too; the finer ranking of such distractors is search work to come.
        assertThat(firstCategories.stream().filter("tenun"::equals).count()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void a_typo_still_finds_the_product() {
        var result = shop.search("kopi bajawaa").json();

        assertThat(result.get("total").asLong()).isPositive();
        StreamSupport.stream(result.get("items").spliterator(), false).limit(5).forEach(item ->
                assertThat(item.get("name").asString()).containsIgnoringCase("kopi").containsIgnoringCase("bajawa"));
    }

    @Test
    void pages_do_not_overlap() {
        var first = shop.get("/api/v1/products?q=kopi&page=0&size=5").json();
        var second = shop.get("/api/v1/products?q=kopi&page=1&size=5").json();

        assertThat(first.get("items").get(0).get("sku").asString())
                .isNotEqualTo(second.get("items").get(0).get("sku").asString());
    }

    static List<String> hostileInputs() {
        return List.of("", " ", "\"", "\"tenun", "tenun)", "(((", "*", "?", "\\", "tenun AND OR NOT", "name_id:kopi",
                "kopi~2^5", "/regex.*/", "{\"query\":{\"match_all\":{}}}", "'; drop table product; --",
                "😀 kopi 🐝", "\uD83D", "a".repeat(5000), "<script>alert(1)</script>", "%00", "tenun\u0000ikat");
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void bad_input_never_breaks_search(String q) {
        var response = shop.search(q);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("total").asLong()).isNotNegative();
        assertThat(response.body()).doesNotContainIgnoringCase("exception");
    }
}
