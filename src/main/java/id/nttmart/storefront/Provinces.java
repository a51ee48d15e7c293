package id.nttmart.storefront;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Indonesia's 38 provinces, and the world's countries by their name in the visitor's language. */
final class Provinces {

    static final List<String> INDONESIA = List.of("Aceh", "Sumatera Utara", "Sumatera Barat", "Riau",
            "Kepulauan Riau", "Jambi", "Bengkulu", "Sumatera Selatan", "Kepulauan Bangka Belitung", "Lampung",
            "Banten", "DKI Jakarta", "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali",
            "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
            "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo",
            "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Maluku Utara",
            "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah", "Papua Pegunungan", "Papua Selatan");

    private Provinces() {}

    /** ISO 3166 codes, Indonesia first, then by name in {@code locale}. */
    static List<String> countries(Locale locale) {
        return java.util.Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing((String c) -> !"ID".equals(c))
                        .thenComparing(c -> countryName(c, locale)))
                .toList();
    }

    static String countryName(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }
}
