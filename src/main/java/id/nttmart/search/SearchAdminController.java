package id.nttmart.search;

import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/search/reindex} (administrators): rebuilds the products index from PostgreSQL behind its
 * alias, for instance after the synonyms file changed. Search keeps answering from the old index until the swap.
 */
@RestController
class SearchAdminController {

    private final SearchIndexInitializer initializer;

    SearchAdminController(SearchIndexInitializer initializer) {
        this.initializer = initializer;
    }

    @PostMapping("/api/v1/admin/search/reindex")
    Map<String, Object> reindex() {
        long started = System.nanoTime();
        long indexed = initializer.rebuild(true);
        return Map.of("indexed", indexed, "millis", (System.nanoTime() - started) / 1_000_000);
    }
}
