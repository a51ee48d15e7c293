package id.nttmart.catalog;

import java.util.Locale;

/** What checkout needs of a product: its price, weight, names, whether it is alcohol and whether it is on sale. */
public record Sellable(long id, String sku, String nameId, String nameEn, long priceIdr, int weightGrams,
        boolean alcohol, ProductStatus status) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }
}
