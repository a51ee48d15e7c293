package id.nttmart.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of results, the total that matched and the facets over all of them.
 *
 * @param facets per facet name (category, regency, island, program, licence, price, in_stock), its values with
 *     counts, most frequent first (price ranges in ascending order)
 * @param didYouMean the query with misspelt words corrected, when some word is not in the catalogue
 * @param relaxed true when no product has every word and the closest ones are shown instead
 * @param next a cursor for the page after this one, absent on the last page
 */
public record SearchPage(SearchQuery query, long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
        @Nullable String didYouMean, boolean relaxed, @Nullable String next) {

    /** One value of a facet and how many results have it. */
    public record FacetValue(String value, long count) {}

    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public int pageCount() {
        long reachable = Math.min(total, SearchQuery.MAX_WINDOW);
        return (int) ((reachable + query.size() - 1) / query.size());
    }

    public List<FacetValue> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }
}
