package id.nttmart.search;

import id.nttmart.platform.Rupiah;
import id.nttmart.search.analysis.TextAnalysis.Segment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /api/v1/products}: search with facets, sorting and paging; {@code GET /api/v1/suggestions}: what to
 * offer while a shopper types. Read-only and open to everyone.
 */
@RestController
class ProductSearchController {

    private final ProductSearch search;
    private final ProductSuggestions suggestions;
    private final SearchParameters parameters;
    private final FacetLabels labels;

    ProductSearchController(ProductSearch search, ProductSuggestions suggestions, SearchParameters parameters,
            FacetLabels labels) {
        this.search = search;
        this.suggestions = suggestions;
        this.parameters = parameters;
        this.labels = labels;
    }

    record Item(String sku, String name, String nameEn, String nameHighlighted, String url, String image,
            long priceIdr, String price, String regency, String regencySlug, String island, String category,
            String program, List<String> licences, boolean inStock) {}

    record Bucket(String value, String label, long count) {}

    record Results(String q, int page, int size, long total, @Nullable String didYouMean, boolean relaxed,
            @Nullable String next, List<Item> items, Map<String, List<Bucket>> facets) {}

    record SuggestionItem(String kind, String label, String labelHighlighted, String url) {}

    @GetMapping("/api/v1/products")
    Results search(@RequestParam Map<String, String> params) {
        Locale locale = locale(params.get("lang"));
        var query = parameters.parse(params);
        var page = search.search(query);
        var items = page.hits().stream().map(h -> new Item(h.sku(), h.name(locale), h.nameEn(),
                html(h.markedName(locale)), h.path(), h.imagePath(), h.priceIdr(), Rupiah.format(h.priceIdr()),
                h.regencyName(), h.regency(), h.island(), h.category(), h.program(), h.licences(), h.inStock()))
                .toList();
        var facets = new LinkedHashMap<String, List<Bucket>>();
        page.facets().forEach((name, values) -> facets.put(name, values.stream()
                .map(v -> new Bucket(v.value(), labels.label(name, v.value(), locale), v.count())).toList()));
        return new Results(query.text(), query.page(), query.size(), page.total(), page.didYouMean(),
                page.relaxed(), page.next(), items, facets);
    }

    @GetMapping("/api/v1/suggestions")
    List<SuggestionItem> suggestions(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "id") String lang) {
        return suggestions.suggest(q, locale(lang)).stream()
                .map(s -> new SuggestionItem(s.kind().name().toLowerCase(Locale.ROOT), s.label(), html(s.marked()),
                        s.path()))
                .toList();
    }

    private static Locale locale(@Nullable String lang) {
        if (lang == null || lang.equals("id")) {
            return Locale.of("id");
        }
        if (lang.equals("en")) {
            return Locale.ENGLISH;
        }
        throw new InvalidSearchException("lang", "lang must be id or en.");
    }

    /** The text HTML-escaped, with matched words in {@code <mark>}. */
    static String html(List<Segment> segments) {
        var out = new StringBuilder();
        for (Segment s : segments) {
            String text = HtmlUtils.htmlEscape(s.text());
            out.append(s.match() ? "<mark>" + text + "</mark>" : text);
        }
        return out.toString();
    }

    @ExceptionHandler(InvalidSearchException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidSearchException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "bad_request", "message", e.getMessage()));
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ResponseEntity<Map<String, String>> unavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "10")
                .body(Map.of("error", "search_unavailable", "message", "Search is briefly unavailable; try again"
                        + " in a moment."));
    }
}
