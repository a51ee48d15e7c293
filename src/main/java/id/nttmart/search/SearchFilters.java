package id.nttmart.search;

import org.jspecify.annotations.Nullable;

/**
 * What a shopper narrowed the results to; each is optional.
 *
 * @param category a category code ({@code kopi})
 * @param regency a regency slug ({@code manggarai-barat})
 * @param island an island name ({@code Flores})
 * @param program OVOP, OSOP or OCOP
 * @param licence a licence type (HALAL, BPOM, PIRT)
 * @param inStock true for products some outlet has in stock
 * @param minPrice lowest price in rupiah, inclusive
 * @param maxPrice highest price in rupiah, inclusive
 */
public record SearchFilters(
        @Nullable String category,
        @Nullable String regency,
        @Nullable String island,
        @Nullable String program,
        @Nullable String licence,
        boolean inStock,
        @Nullable Long minPrice,
        @Nullable Long maxPrice) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, false, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }

    public SearchFilters withCategory(@Nullable String value) {
        return new SearchFilters(value, regency, island, program, licence, inStock, minPrice, maxPrice);
    }

    public SearchFilters withRegency(@Nullable String value) {
        return new SearchFilters(category, value, island, program, licence, inStock, minPrice, maxPrice);
    }

    public SearchFilters withIsland(@Nullable String value) {
        return new SearchFilters(category, regency, value, program, licence, inStock, minPrice, maxPrice);
    }

    public SearchFilters withProgram(@Nullable String value) {
        return new SearchFilters(category, regency, island, value, licence, inStock, minPrice, maxPrice);
    }

    public SearchFilters withLicence(@Nullable String value) {
        return new SearchFilters(category, regency, island, program, value, inStock, minPrice, maxPrice);
    }

    public SearchFilters withInStock(boolean value) {
        return new SearchFilters(category, regency, island, program, licence, value, minPrice, maxPrice);
    }

    public SearchFilters withPrice(@Nullable Long min, @Nullable Long max) {
        return new SearchFilters(category, regency, island, program, licence, inStock, min, max);
    }
}
