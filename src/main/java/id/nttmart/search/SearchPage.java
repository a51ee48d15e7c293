package id.nttmart.search;

import java.util.List;

/** One page of results and the total that matched. */
public record SearchPage(SearchQuery query, long total, List<SearchHit> hits) {

    public SearchPage {
        hits = List.copyOf(hits);
    }

    public int pageCount() {
        long reachable = Math.min(total, SearchQuery.MAX_WINDOW);
        return (int) ((reachable + query.size() - 1) / query.size());
    }
}
