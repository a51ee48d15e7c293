package id.nttmart.catalog;

import java.util.Locale;

/** A storefront category; food categories require a food licence. */
public record Category(String code, String nameId, String nameEn, boolean food) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }
}
