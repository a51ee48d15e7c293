package id.nttmart.search;

import id.nttmart.catalog.Catalog;
import id.nttmart.platform.Rupiah;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** What a facet value is called on screen: category and regency names, price ranges in rupiah. */
@Component
public class FacetLabels {

    private final Catalog catalog;
    private final Regions regions;

    FacetLabels(Catalog catalog, Regions regions) {
        this.catalog = catalog;
        this.regions = regions;
    }

    public String label(String facet, String value, Locale locale) {
        return switch (facet) {
            case "category" -> catalog.category(value).map(c -> c.name(locale)).orElse(value);
            case "regency" -> regions.regencies().stream().filter(r -> r.slug().equals(value)).findFirst()
                    .map(Regency::name).orElse(value);
            case "price" -> priceRange(value);
            default -> value;
        };
    }

    /** {@code 50000-100000} as {@code Rp50.000 – Rp100.000}, {@code 1000000-} as {@code ≥ Rp1.000.000}. */
    static String priceRange(String key) {
        String[] bounds = key.split("-", -1);
        if (bounds.length != 2) {
            return key;
        }
        String from = Rupiah.format(Long.parseLong(bounds[0]));
        return bounds[1].isEmpty() ? "≥ " + from : from + " – " + Rupiah.format(Long.parseLong(bounds[1]));
    }
}
