package id.nttmart.curation;

import java.util.List;
import java.util.Locale;

/** An active collection as the storefront shows it: its title and its products' ids, in the curator's order. */
public record Featured(String slug, String titleId, String titleEn, List<Long> productIds) {

    public Featured {
        productIds = List.copyOf(productIds);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleId;
    }

    /** The collection's own page. */
    public String path() {
        return "/koleksi/" + slug;
    }
}
