package id.nttmart.catalog.importing;

import java.util.Map;

/**
 * A small, calm SVG picture for a product that has no photograph yet: the category's colours, a woven-diamond
 * motif and the product's name. Made locally; nothing is downloaded.
 */
final class PlaceholderImage {

    private record Palette(String background, String motif, String ink) {}

    private static final Map<String, Palette> PALETTES = Map.ofEntries(
            Map.entry("tenun", new Palette("#7a2e1f", "#d9a441", "#fff8ec")),
            Map.entry("kopi", new Palette("#4b3126", "#a47551", "#fff8ec")),
            Map.entry("madu", new Palette("#c98a1b", "#f3d27a", "#2c1d05")),
            Map.entry("pangan", new Palette("#5f7d3a", "#c9d88f", "#fbfdf3")),
            Map.entry("camilan", new Palette("#b3542d", "#f0b27a", "#fff7f0")),
            Map.entry("rempah", new Palette("#6b3f2a", "#c98b5a", "#fff6ee")),
            Map.entry("minuman", new Palette("#2d5d7b", "#8fc1d9", "#f2fbff")),
            Map.entry("kerajinan", new Palette("#8a6a3b", "#e0c48f", "#fffaf0")),
            Map.entry("aksesoris", new Palette("#5a2a4d", "#d39bc4", "#fff5fb")),
            Map.entry("perawatan", new Palette("#3f6e63", "#a8d5c7", "#f3fffb")),
            Map.entry("buku", new Palette("#2f3e63", "#9fb0d9", "#f5f7ff")));

    private PlaceholderImage() {}

    static String svg(String name, String category, String seed) {
        var palette = PALETTES.getOrDefault(category, PALETTES.get("kerajinan"));
        int shift = Math.floorMod(seed.hashCode(), 40);
        var motif = new StringBuilder();
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 7; col++) {
                int x = col * 70 + (row % 2) * 35 - shift;
                int y = row * 48 + 20;
                motif.append("<path d='M").append(x).append(' ').append(y - 18).append(" l22 18 l-22 18 l-22 -18z'/>");
            }
        }
        return """
                <svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 400' role='img' aria-label='%1$s'>\
                <rect width='400' height='400' fill='%2$s'/>\
                <g fill='none' stroke='%3$s' stroke-width='3' opacity='.55'>%4$s</g>\
                <rect x='24' y='262' width='352' height='114' rx='14' fill='%2$s' opacity='.88'/>\
                <text x='200' y='312' fill='%5$s' font-family='system-ui,sans-serif' font-size='%6$d'\
                 font-weight='600' text-anchor='middle'>%7$s</text>\
                <text x='200' y='348' fill='%3$s' font-family='system-ui,sans-serif' font-size='18'\
                 text-anchor='middle'>NTT Mart</text></svg>"""
                .formatted(escape(name), palette.background(), palette.motif(), motif, palette.ink(),
                        name.length() > 26 ? 20 : 26, escape(shorten(name)));
    }

    private static String shorten(String name) {
        return name.length() <= 34 ? name : name.substring(0, 32).strip() + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
