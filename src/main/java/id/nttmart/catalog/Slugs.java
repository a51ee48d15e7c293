package id.nttmart.catalog;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes the product slug of {@code /produk/{slug}}: the Indonesian name and the SKU, lower case, letters and
 * digits joined by single hyphens, the name cut at a word break to at most 60 characters. Migration V0005 filled
 * the rows that existed before with the same rule.
 */
public final class Slugs {

    static final int NAME_PART_MAX = 60;

    private Slugs() {}

    public static String of(String nameId, String sku) {
        String name = words(nameId);
        if (name.length() > NAME_PART_MAX) {
            // Cut at the last whole word that fits; one long word is cut at the limit.
            int lastBreak = name.substring(0, NAME_PART_MAX + 1).lastIndexOf('-');
            name = lastBreak > 0 ? name.substring(0, lastBreak) : name.substring(0, NAME_PART_MAX);
        }
        String code = words(sku);
        return name.isEmpty() ? code : name + "-" + code;
    }

    /** The slug to use when {@link #of} is already taken by another SKU (SKUs differing only in case). */
    public static String disambiguated(String nameId, String sku) {
        return of(nameId, sku) + "-" + Integer.toHexString(sku.hashCode());
    }

    private static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return trimHyphens(plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
