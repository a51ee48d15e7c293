package id.nttmart.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What shoppers type, for the search benchmark: single words, two and three words, typos, places, English, some with
 * a facet filter or a sort; and the prefixes autocomplete sees while they type.
 */
final class SearchQueryMix {

    /** API parameters of {@code GET /api/v1/products}, one map per query. */
    static final List<Map<String, String>> SEARCHES = List.of(
            q("kopi"), q("madu"), q("tenun"), q("ikat"), q("sarung"),
            q("kopi bajawa"), q("madu hutan"), q("tenun ikat sumba"), q("kopi arabika flores"), q("kain tenun"),
            q("kpoi bajawa"), q("tenun ikad"), q("maduu"), q("kopi manggarrai"), q("selendng"),
            q("labuan bajo"), q("oleh-oleh labuan bajo"), q("sumba"), q("flores"), q("kupang"),
            q("forest honey"), q("coffee"), q("woven cloth"), q("palm sugar"), q("smoked meat"),
            q("cashew"), q("gula lontar"), q("se'i sapi"), q("anyaman lontar"), q("tenunan"),
            q("kopi", "category", "kopi", "sort", "price_asc"),
            q("madu", "island", "Flores"),
            q("tenun", "program", "OVOP", "sort", "newest"),
            q("kain tenun", "inStock", "true"),
            q("kopi", "minPrice", "50000", "maxPrice", "150000"),
            q("souvenir", "regency", "manggarai-barat"),
            q("honey soap"), q("kacang mete"), q("jagung bose"),
            q("", "category", "madu", "sort", "price_desc"));

    /** What autocomplete receives while shoppers type. */
    static final List<String> PREFIXES = List.of("ko", "kop", "kopi b", "ma", "mad", "madu h", "te", "ten",
            "tenun s", "la", "labuan b", "su", "sumb", "fo", "fore", "co", "cof", "gula l", "se", "oleh");

    private SearchQueryMix() {}

    private static Map<String, String> q(String text, String... more) {
        var out = new LinkedHashMap<String, String>();
        out.put("q", text);
        for (int i = 0; i < more.length; i += 2) {
            out.put(more[i], more[i + 1]);
        }
        return out;
    }

    static String queryString(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
