package id.nttmart.catalog.importing;

import id.nttmart.catalog.CategoryPalette;

/**
 * A small, calm SVG picture for a product that has no photograph yet: the category's colours and name over a
 * woven-diamond motif. Made locally; nothing is downloaded.
 */
final class PlaceholderImage {

    private PlaceholderImage() {}

    /**
     * @param category the category code, which picks the colours and the word shown (the product's name stands
     *     beside the picture wherever it appears)
     * @param seed varies the motif between products
     */
    static String svg(String category, String seed) {
        String label = category.isEmpty() ? "" : Character.toUpperCase(category.charAt(0)) + category.substring(1);
        var palette = CategoryPalette.of(category);
        int shift = Math.floorMod(seed.hashCode(), 40);
        var motif = new StringBuilder();
        for (int row = 0; row < 9; row++) {
            for (int col = 0; col < 7; col++) {
                int x = col * 70 + (row % 2) * 35 - shift;
                int y = row * 48 + 20;
                motif.append("<path d='M").append(x).append(' ').append(y - 18).append(" l22 18 l-22 18 l-22 -18z'/>");
            }
        }
        return """
                <svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 400' role='img' aria-label='%1$s'>\
                <rect width='400' height='400' fill='%2$s'/>\
                <g fill='none' stroke='%3$s' stroke-width='3' opacity='.5'>%4$s</g>\
                <circle cx='200' cy='200' r='112' fill='%2$s' opacity='.92'/>\
                <text x='200' y='212' fill='%5$s' font-family='system-ui,sans-serif' font-size='%6$d'\
                 font-weight='700' text-anchor='middle'>%1$s</text>\
                <text x='200' y='250' fill='%3$s' font-family='system-ui,sans-serif' font-size='20'\
                 text-anchor='middle'>NTT Mart</text></svg>"""
                .formatted(escape(label), palette.background(), palette.motif(), motif, palette.ink(),
                        label.length() > 9 ? 30 : 40);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
