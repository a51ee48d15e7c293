package id.nttmart.catalog;

import java.util.Locale;

/** A listed product as a list shows it (browse pages, related products), read from PostgreSQL. */
public record ProductSummary(
        long id,
        String sku,
        String slug,
        String nameId,
        String nameEn,
        String categoryCode,
        Program program,
        int regencyId,
        long priceIdr,
        boolean inStock) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }

    public String path() {
        return Product.pathOf(slug);
    }

    /** The first picture; every imported product has one (a placeholder until a photograph comes). */
    public String imagePath() {
        return "/media/products/" + sku + "/0";
    }
}
