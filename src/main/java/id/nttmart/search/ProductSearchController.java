package id.nttmart.search;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/products?q=&page=&size=}: read-only search, results in relevance order. */
@RestController
class ProductSearchController {

    private final ProductSearch search;

    ProductSearchController(ProductSearch search) {
        this.search = search;
    }

    record Item(String sku, String name, String nameEn, String url, String imageUrl, long priceIdr, String regency,
            String island, String category, String program, String producer, boolean inStock) {}

    record Results(String q, int page, int size, long total, List<Item> items) {}

    @GetMapping("/api/v1/products")
    Results search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size, @RequestParam(defaultValue = "id") String lang) {
        var query = SearchQuery.of(q, number(page, 0), number(size, 20));
        var result = search.search(query);
        boolean english = "en".equals(lang);
        return new Results(query.text(), query.page(), query.size(), result.total(), result.hits().stream()
                .map(h -> new Item(h.sku(), english ? h.nameEn() : h.nameId(), h.nameEn(), h.path(), h.imagePath(),
                        h.priceIdr(), h.regencyName(), h.island(), h.category(), h.program(), h.producer(),
                        h.inStock()))
                .toList());
    }

    /** Paging parameters that are not numbers fall back to the defaults rather than failing the search. */
    private static int number(String value, int fallback) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ResponseEntity<Map<String, String>> unavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "10")
                .body(Map.of("error", "search_unavailable", "message", "Search is briefly unavailable; try again"
                        + " in a moment."));
    }
}
