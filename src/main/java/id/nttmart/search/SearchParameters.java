package id.nttmart.search;

import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.Category;
import id.nttmart.catalog.LicenceType;
import id.nttmart.catalog.Program;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns request parameters into a {@link SearchQuery}, refusing what makes no sense with a message that says what
 * would: an unknown category or regency, a price that is not a number, a page beyond what can be paged to.
 */
@Component
public class SearchParameters {

    private final Catalog catalog;
    private final Regions regions;

    SearchParameters(Catalog catalog, Regions regions) {
        this.catalog = catalog;
        this.regions = regions;
    }

    /** Every parameter is optional; absent ones are {@code null}. */
    public SearchQuery parse(Map<String, String> p) {
        int size = number(p, "size", 20, 1, SearchQuery.MAX_SIZE);
        int page = number(p, "page", 0, 0, Integer.MAX_VALUE);
        if ((long) page * size >= SearchQuery.MAX_WINDOW) {
            throw new InvalidSearchException("page", "page " + page + " is beyond the first " + SearchQuery.MAX_WINDOW
                    + " results; page on with the cursor in 'next' (parameter 'after').");
        }
        Long min = price(p, "minPrice");
        Long max = price(p, "maxPrice");
        if (min != null && max != null && min > max) {
            throw new InvalidSearchException("minPrice", "minPrice " + min + " is above maxPrice " + max + ".");
        }
        var filters = new SearchFilters(
                oneOf(p, "category", catalog.categories().stream().map(Category::code).toList()),
                oneOf(p, "regency", regions.regencies().stream().map(Regency::slug).toList()),
                oneOf(p, "island", regions.regencies().stream().map(Regency::island).distinct().toList()),
                oneOf(p, "program", Arrays.stream(Program.values()).map(Enum::name).toList()),
                oneOf(p, "licence", Arrays.stream(LicenceType.values()).map(Enum::name).toList()),
                "true".equals(oneOf(p, "inStock", java.util.List.of("true", "false"))), min, max);
        String sortParam = value(p, "sort");
        var sort = sortParam == null ? SearchSort.RELEVANCE : SearchSort.fromParam(sortParam).orElseThrow(() ->
                new InvalidSearchException("sort", "sort must be one of relevance, price_asc, price_desc, newest."));
        String after = value(p, "after");
        if (after != null) {
            SearchCursor.decode(after);
        }
        return new SearchQuery(p.getOrDefault("q", ""), filters, sort, page, size, after);
    }

    private static @Nullable String value(Map<String, String> p, String name) {
        String value = p.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int number(Map<String, String> p, String name, int fallback, int min, int max) {
        String value = value(p, name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidSearchException(name, name + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ".");
    }

    private static @Nullable Long price(Map<String, String> p, String name) {
        String value = value(p, name);
        if (value == null) {
            return null;
        }
        try {
            long n = Long.parseLong(value.replace(".", ""));
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidSearchException(name, name + " must be a price in whole rupiah, such as 150000.");
    }

    private static @Nullable String oneOf(Map<String, String> p, String name, Collection<String> allowed) {
        String value = value(p, name);
        if (value == null) {
            return null;
        }
        return allowed.stream().filter(a -> a.equalsIgnoreCase(value)).findFirst().orElseThrow(() ->
                new InvalidSearchException(name, name + " must be one of " + String.join(", ", new TreeSet<>(allowed))
                        + "."));
    }
}
