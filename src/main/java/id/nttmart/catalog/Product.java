package id.nttmart.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A product as the storefront and the search index read it. Prices are whole rupiah. */
public record Product(
        long id,
        String sku,
        String nameId,
        String nameEn,
        String descriptionId,
        String descriptionEn,
        String categoryCode,
        Program program,
        String origin,
        int regencyId,
        Producer producer,
        long priceIdr,
        int weightGrams,
        boolean alcohol,
        ProductStatus status,
        long version,
        Instant createdAt,
        List<Licence> licences,
        int imageCount,
        String slug) {

    public Product {
        licences = List.copyOf(licences);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionId;
    }

    /** The storefront path of this product's page, {@code /produk/{slug}}. */
    public String path() {
        return pathOf(slug);
    }

    /** The storefront path of the product page with this slug (see {@link Slugs}). */
    public static String pathOf(String slug) {
        return "/produk/" + slug;
    }

    public String imagePath(int position) {
        return "/media/products/" + sku + "/" + position;
    }
}
