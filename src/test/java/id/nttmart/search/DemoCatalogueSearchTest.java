package id.nttmart.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.nttmart.catalog.Catalog;
import id.nttmart.search.relevance.RelevanceServicesInitializer;
import id.nttmart.support.ShopClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * Search behaviour over the 450-product demo catalogue (in a database and index of its own, shared with the
 * relevance test): typos, Indonesian morphology, synonyms both ways, places and distractors, through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RelevanceServicesInitializer.class)
class DemoCatalogueSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    ShopClient shop;

    @BeforeEach
    void indexed() {
        shop = new ShopClient(port);
        long listed = catalog.countListed();
        await("the demo catalogue indexed").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> search("", "size=1").get("total").asLong() == listed);
    }

    JsonNode search(String q, String... params) {
        var response = shop.get("/api/v1/products?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (params.length > 0 ? "&" + String.join("&", params) : ""));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static List<JsonNode> items(JsonNode result) {
        return StreamSupport.stream(result.get("items").spliterator(), false).toList();
    }

    static List<String> field(JsonNode result, String name, int first) {
        return items(result).stream().limit(first).map(i -> i.get(name).asString()).toList();
    }

    @Test
    void typos_find_the_product_and_say_what_was_meant() {
        var kopi = search("kpoi bajawa");
        assertThat(field(kopi, "category", 5)).containsOnly("kopi");
        assertThat(field(kopi, "name", 5)).allMatch(name -> name.contains("Bajawa"));
        assertThat(kopi.get("did_you_mean").asString()).isEqualTo("kopi bajawa");

        assertThat(field(search("tenun ikad"), "category", 10)).containsOnly("tenun");
        assertThat(field(search("maduu"), "category", 5)).containsOnly("madu");
    }

    @Test
    void a_correct_word_is_not_widened_to_its_neighbours() {
        // "kopi" is one letter from "topi" (hat): the hats must not come along.
        var result = search("kopi", "size=60");
        assertThat(field(result, "category", 60)).doesNotContain("kerajinan");
        assertThat(result.get("did_you_mean").isNull()).isTrue();
    }

    @Test
    void indonesian_derived_words_find_their_root() {
        for (String q : List.of("tenunan", "ditenun", "penenun")) {
            assertThat(field(search(q), "category", 5)).as(q).containsOnly("tenun");
        }
        assertThat(field(search("anyaman"), "name", 3)).allMatch(name -> name.contains("Anyaman"));
        assertThat(field(search("shawls", "lang=en"), "name", 3)).allMatch(name -> name.contains("Shawl"));
    }

    @Test
    void synonyms_work_both_ways_across_the_languages() {
        assertThat(field(search("coffee"), "category", 5)).containsOnly("kopi");
        assertThat(field(search("honey"), "category", 5)).containsOnly("madu");
        assertThat(field(search("palm sugar"), "name", 3)).allMatch(n -> n.startsWith("Gula"));
        assertThat(field(search("gula aren", "lang=en"), "name", 3)).allMatch(n -> n.contains("Palm Sugar"));
        assertThat(field(search("cashew"), "name", 3)).allMatch(n -> n.contains("Mete"));
        assertThat(field(search("jambu mete", "lang=en"), "name", 3)).allMatch(n -> n.contains("Cashew"));
        assertThat(field(search("smoked meat"), "name", 3)).allMatch(n -> n.startsWith("Se'i"));
        assertThat(field(search("sarong"), "name", 3)).allMatch(n -> n.startsWith("Sarung"));
        assertThat(field(search("woven cloth"), "category", 5)).containsOnly("tenun");
    }

    @Test
    void places_find_what_comes_from_there() {
        assertThat(field(search("Labuan Bajo", "size=20"), "regency_slug", 20)).containsOnly("manggarai-barat");
        assertThat(field(search("Sumba", "size=20"), "island", 20)).containsOnly("Sumba");
        assertThat(field(search("kopi flores", "size=10"), "island", 10)).containsOnly("Flores");
        var souvenirs = search("oleh-oleh Labuan Bajo", "size=10");
        assertThat(souvenirs.get("total").asLong()).isPositive();
        assertThat(field(souvenirs, "regency_slug", 10)).containsOnly("manggarai-barat");
    }

    @Test
    void the_thing_itself_ranks_above_what_only_mentions_it() {
        assertBefore("madu", "madu", "perawatan");
        // Ikat cloth above ikat belts ("ikat pinggang"); an ikat necktie is ikat work too and may rank anywhere.
        List<String> names = field(search("ikat", "size=60"), "name", 60);
        int firstBelt = names.indexOf(names.stream().filter(n -> n.startsWith("Ikat Pinggang")).findFirst()
                .orElse(""));
        int lastIkatCloth = names.stream().filter(n -> n.matches("(Kain|Sarung|Selendang).* Ikat .*"))
                .mapToInt(names::lastIndexOf).max().orElseThrow();
        assertThat(firstBelt == -1 || firstBelt > lastIkatCloth).as("belt at %d, cloth at %d", firstBelt,
                lastIkatCloth).isTrue();
        assertBefore("kopi", "kopi", "camilan");
        assertBefore("kopi", "kopi", "minuman");
    }

    /** The query finds products of both categories, and those of the first all come before any of the second. */
    void assertBefore(String q, String first, String second) {
        assertThat(search(q, "category=" + second).get("total").asLong()).as("%s finds %s", q, second).isPositive();
        List<String> categories = field(search(q, "size=60"), "category", 60);
        assertThat(categories.getFirst()).as(q).isEqualTo(first);
        if (categories.contains(second)) {
            assertThat(categories.lastIndexOf(first)).as(q).isLessThan(categories.indexOf(second));
        }
    }

    @Test
    void facets_count_the_results_and_filters_narrow_them() {
        var all = search("kopi");
        long total = all.get("total").asLong();
        long sum = StreamSupport.stream(all.get("facets").get("category").spliterator(), false)
                .mapToLong(b -> b.get("count").asLong()).sum();
        assertThat(sum).isEqualTo(total);
        var flores = StreamSupport.stream(all.get("facets").get("island").spliterator(), false)
                .filter(b -> b.get("value").asString().equals("Flores")).findFirst().orElseThrow();

        var narrowed = search("kopi", "island=Flores", "inStock=true", "minPrice=50000", "maxPrice=200000");
        assertThat(narrowed.get("total").asLong()).isPositive().isLessThanOrEqualTo(flores.get("count").asLong());
        assertThat(items(narrowed)).allSatisfy(i -> {
            assertThat(i.get("island").asString()).isEqualTo("Flores");
            assertThat(i.get("in_stock").asBoolean()).isTrue();
            assertThat(i.get("price_idr").asLong()).isBetween(50_000L, 200_000L);
        });
        assertThat(all.get("facets").get("category").get(0).get("label").asString()).isEqualTo("Kopi");
    }

    @Test
    void sorting_by_price_sorts_and_a_cursor_pages_deep_without_repeats() {
        List<Long> prices = items(search("tenun", "sort=price_asc", "size=30")).stream()
                .map(i -> i.get("price_idr").asLong()).toList();
        assertThat(prices).isSorted();

        var seen = new ArrayList<String>();
        var page = search("", "size=25", "sort=newest");
        long total = page.get("total").asLong();
        while (true) {
            seen.addAll(field(page, "sku", 25));
            if (page.get("next").isNull()) {
                break;
            }
            page = search("", "size=25", "sort=newest", "after=" + page.get("next").asString());
        }
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
    }

    @Test
    void matched_words_are_marked_in_the_names() {
        var first = items(search("coffee bajawa")).getFirst();
        assertThat(first.get("name_highlighted").asString()).contains("<mark>Kopi</mark>", "<mark>Bajawa</mark>");
    }

    @Test
    void suggestions_come_while_typing() {
        var kop = shop.get("/api/v1/suggestions?q=kop").json();
        var kinds = StreamSupport.stream(kop.spliterator(), false).map(s -> s.get("kind").asString()).toList();
        assertThat(kinds).contains("product", "category");
        assertThat(kop.get(0).get("label").asString()).startsWith("Kopi");
        assertThat(kop.get(0).get("label_highlighted").asString()).startsWith("<mark>Kop</mark>");

        var lab = shop.get("/api/v1/suggestions?q=labuan%20b").json();
        assertThat(StreamSupport.stream(lab.spliterator(), false).map(s -> s.get("url").asString()))
                .contains("/kabupaten/manggarai-barat");
    }

    @Test
    void bad_parameters_get_a_clear_400() {
        for (String params : List.of("minPrice=abc", "sort=cheapest", "category=furniture", "page=-1", "size=1000",
                "after=garbage", "minPrice=200000&maxPrice=100", "page=5000&size=20", "lang=fr")) {
            var response = shop.get("/api/v1/products?q=kopi&" + params);
            assertThat(response.status()).as(params).isEqualTo(400);
            assertThat(response.json().get("message").asString()).as(params).isNotBlank();
        }
    }
}
