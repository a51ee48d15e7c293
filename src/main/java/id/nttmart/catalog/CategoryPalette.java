package id.nttmart.catalog;

import java.util.Map;

/**
 * The colours of a category's placeholder pictures: background, motif and ink, as CSS hex colours.
 *
 * @param background the picture's ground
 * @param motif the woven-diamond lines
 * @param ink text on the ground
 */
public record CategoryPalette(String background, String motif, String ink) {

    private static final Map<String, CategoryPalette> PALETTES = Map.ofEntries(
            Map.entry("tenun", new CategoryPalette("#7a2e1f", "#d9a441", "#fff8ec")),
            Map.entry("kopi", new CategoryPalette("#4b3126", "#a47551", "#fff8ec")),
            Map.entry("madu", new CategoryPalette("#c98a1b", "#f3d27a", "#2c1d05")),
            Map.entry("pangan", new CategoryPalette("#5f7d3a", "#c9d88f", "#fbfdf3")),
            Map.entry("camilan", new CategoryPalette("#b3542d", "#f0b27a", "#fff7f0")),
            Map.entry("rempah", new CategoryPalette("#6b3f2a", "#c98b5a", "#fff6ee")),
            Map.entry("minuman", new CategoryPalette("#2d5d7b", "#8fc1d9", "#f2fbff")),
            Map.entry("kerajinan", new CategoryPalette("#8a6a3b", "#e0c48f", "#fffaf0")),
            Map.entry("aksesoris", new CategoryPalette("#5a2a4d", "#d39bc4", "#fff5fb")),
            Map.entry("perawatan", new CategoryPalette("#3f6e63", "#a8d5c7", "#f3fffb")),
            Map.entry("buku", new CategoryPalette("#2f3e63", "#9fb0d9", "#f5f7ff")));

    /** The category's palette; crafts' for a category without one of its own. */
    public static CategoryPalette of(String category) {
        return PALETTES.getOrDefault(category, PALETTES.get("kerajinan"));
    }
}
