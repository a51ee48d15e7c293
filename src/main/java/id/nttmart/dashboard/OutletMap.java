package id.nttmart.dashboard;

import id.nttmart.dashboard.DashboardFigures.OutletSales;
import java.util.List;
import java.util.Locale;

/**
 * The outlets on a map drawn here as SVG (no tiles, nothing fetched): longitude and latitude projected linearly onto
 * the view box (at 10° south the distortion of an equirectangular projection is under 2 %), rough outlines of the
 * main islands, one circle per outlet sized and coloured by the month's sales, labelled, with a legend.
 */
final class OutletMap {

    static final double WEST = 118.7;
    static final double EAST = 125.4;
    static final double NORTH = -7.9;
    static final double SOUTH = -11.1;
    static final double SCALE = 100;
    static final int WIDTH = (int) Math.round((EAST - WEST) * SCALE);
    static final int HEIGHT = (int) Math.round((NORTH - SOUTH) * SCALE) + 40;

    /** Five classes by share of the best outlet's sales; the first is "no sales". */
    static final String[] COLOURS = {"#c9ced6", "#fde68a", "#fbbf24", "#f97316", "#c2410c"};

    /** Rough outlines (longitude, latitude pairs) of the main islands, enough to recognise them. */
    private static final double[][] ISLANDS = {
        // Flores
        {119.80, -8.45, 120.20, -8.30, 120.80, -8.28, 121.30, -8.45, 121.70, -8.50, 122.10, -8.45, 122.50, -8.45,
            122.90, -8.20, 123.00, -8.35, 122.80, -8.60, 122.30, -8.75, 121.80, -8.90, 121.30, -8.90, 120.80, -8.85,
            120.30, -8.85, 119.90, -8.75},
        // Sumba
        {119.00, -9.40, 119.40, -9.35, 119.90, -9.30, 120.30, -9.50, 120.80, -9.90, 120.60, -10.25, 120.20, -10.20,
            119.60, -9.80, 119.10, -9.65},
        // Timor (the province's western half, and Timor-Leste beyond the border)
        {123.45, -10.35, 123.80, -10.00, 124.30, -9.50, 124.90, -9.00, 125.40, -8.80, 125.40, -9.40, 124.90, -9.70,
            124.50, -10.00, 124.00, -10.30, 123.60, -10.40},
        // Alor and Pantar
        {124.10, -8.20, 124.50, -8.15, 125.10, -8.15, 125.10, -8.35, 124.50, -8.40, 124.20, -8.35},
        // Lembata
        {123.20, -8.30, 123.50, -8.20, 123.80, -8.30, 123.60, -8.55, 123.30, -8.50},
        // Adonara and Solor
        {123.00, -8.25, 123.30, -8.22, 123.25, -8.40, 123.00, -8.40},
        // Rote
        {122.80, -10.85, 123.20, -10.60, 123.45, -10.55, 123.30, -10.75, 122.90, -10.90},
        // Sabu
        {121.70, -10.50, 121.95, -10.45, 122.00, -10.55, 121.75, -10.60}
    };

    private OutletMap() {}

    static double x(double longitude) {
        return (longitude - WEST) * SCALE;
    }

    static double y(double latitude) {
        return (NORTH - latitude) * SCALE;
    }

    /** The colour class (0 to 4) of an amount, against the month's best outlet. */
    static int colourClass(long amount, long max) {
        if (amount <= 0 || max <= 0) {
            return 0;
        }
        return 1 + (int) Math.min(3, Math.floor(4.0 * amount / max - 1e-9));
    }

    /** The map as one SVG element; {@code legend} holds the five class labels and the caption, already translated. */
    static String svg(List<OutletSales> outlets, String title, String[] legend) {
        long max = outlets.stream().mapToLong(OutletSales::amountIdr).max().orElse(0);
        var svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' class='dashboard-map' role='img' viewBox='0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("' aria-label='").append(escape(title))
                .append("'><title>").append(escape(title)).append("</title>")
                .append("<rect width='100%' height='100%' fill='#e0f2fe'/>");
        for (double[] island : ISLANDS) {
            svg.append("<polygon class='island' fill='#f5f0e1' stroke='#a8a29e' stroke-width='1' points='");
            for (int i = 0; i < island.length; i += 2) {
                svg.append(fmt(x(island[i]))).append(',').append(fmt(y(island[i + 1]))).append(' ');
            }
            svg.append("'/>");
        }
        for (OutletSales o : outlets) {
            double r = 4 + (max <= 0 ? 0 : 12 * Math.sqrt((double) o.amountIdr() / max));
            double cx = x(o.longitude());
            double cy = y(o.latitude());
            svg.append("<g class='outlet' data-code='").append(escape(o.code())).append("'><circle cx='")
                    .append(fmt(cx)).append("' cy='").append(fmt(cy)).append("' r='").append(fmt(r))
                    .append("' fill='").append(COLOURS[colourClass(o.amountIdr(), max)])
                    .append("' stroke='#1f2937' stroke-width='1' fill-opacity='0.9'><title>")
                    .append(escape(o.name() + ": " + id.nttmart.platform.Rupiah.format(o.amountIdr())))
                    .append("</title></circle><text x='").append(fmt(cx)).append("' y='").append(fmt(cy + r + 9))
                    .append("' text-anchor='middle' font-size='9' fill='#1f2937'>").append(escape(o.regency()))
                    .append("</text></g>");
        }
        int top = HEIGHT - 30;
        svg.append("<g class='legend' font-size='10' fill='#1f2937'>");
        for (int i = 0; i < COLOURS.length; i++) {
            int lx = 10 + i * 120;
            svg.append("<circle cx='").append(lx + 6).append("' cy='").append(top + 10).append("' r='6' fill='")
                    .append(COLOURS[i]).append("' stroke='#1f2937'/><text x='").append(lx + 16).append("' y='")
                    .append(top + 14).append("'>").append(escape(legend[i])).append("</text>");
        }
        svg.append("</g></svg>");
        return svg.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
