package id.nttmart.storefront;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import id.nttmart.search.SearchFilters;
import id.nttmart.search.SearchQuery;
import id.nttmart.search.SearchSort;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The search page's state lives in its address ({@code /search?q=kopi&category=kopi&sort=price_asc}): every facet,
 * chip and sort choice is a link to another such address, so results can be shared and the back button works.
 */
final class SearchLinks {

    static final String PATH = "search";

    private SearchLinks() {}

    /** The address parameters of a query (text, filters, sort; never the page or cursor). */
    static QueryParameters parameters(SearchQuery query) {
        var out = new LinkedHashMap<String, String>();
        if (!query.text().isEmpty()) {
            out.put("q", query.text());
        }
        SearchFilters f = query.filters();
        put(out, "category", f.category());
        put(out, "regency", f.regency());
        put(out, "island", f.island());
        put(out, "program", f.program());
        put(out, "licence", f.licence());
        if (f.inStock()) {
            out.put("inStock", "true");
        }
        put(out, "minPrice", f.minPrice() == null ? null : f.minPrice().toString());
        put(out, "maxPrice", f.maxPrice() == null ? null : f.maxPrice().toString());
        if (query.sort() != SearchSort.RELEVANCE) {
            out.put("sort", query.sort().param());
        }
        return QueryParameters.simple(out);
    }

    static String href(SearchQuery query) {
        String parameters = parameters(query).getQueryString();
        return "/" + PATH + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    static String href(SearchQuery query, SearchFilters filters) {
        return href(query.withFilters(filters));
    }

    /** A link the Vaadin router follows without reloading the page. */
    static Anchor link(String href) {
        var link = new Anchor(href);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** The first value of each address parameter. */
    static Map<String, String> single(QueryParameters parameters) {
        var out = new LinkedHashMap<String, String>();
        parameters.getParameters().forEach((name, values) -> {
            if (!values.isEmpty()) {
                out.put(name, values.getFirst());
            }
        });
        return out;
    }

    /** The price facet's key ({@code 50000-100000}: from inclusive, to exclusive) as a filter. */
    static SearchFilters withPriceRange(SearchFilters filters, String key) {
        String[] bounds = key.split("-", -1);
        if (bounds.length != 2) {
            return filters;
        }
        Long min = bounds[0].isEmpty() ? null : Long.valueOf(bounds[0]);
        Long max = bounds[1].isEmpty() ? null : Long.parseLong(bounds[1]) - 1;
        return filters.withPrice(min, max);
    }

    /** The price facet key that a filter's price bounds came from, or null without bounds. */
    static @Nullable String priceKey(SearchFilters filters) {
        if (filters.minPrice() == null && filters.maxPrice() == null) {
            return null;
        }
        return (filters.minPrice() == null ? "0" : filters.minPrice().toString()) + "-"
                + (filters.maxPrice() == null ? "" : Long.toString(filters.maxPrice() + 1));
    }

    /** How many filters are on, for the phone's "Filter (2)" button. */
    static int activeCount(SearchFilters f) {
        return (int) java.util.stream.Stream.of(f.category(), f.regency(), f.island(), f.program(), f.licence(),
                priceKey(f), f.inStock() ? "true" : null).filter(java.util.Objects::nonNull).count();
    }

    private static void put(Map<String, String> out, String name, @Nullable String value) {
        if (value != null) {
            out.put(name, value);
        }
    }
}
