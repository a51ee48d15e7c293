package id.nttmart.dashboard;

import id.nttmart.dashboard.DashboardFigures.MonthTotal;
import id.nttmart.platform.Rupiah;
import java.util.List;
import java.util.Locale;

/**
 * The months' totals as SVG columns beside the target band (Rp150-200 billion shaded), on one scale that always
 * holds the band, so a month far below the target looks far below it.
 */
final class TrendChart {

    static final int WIDTH = 600;
    static final int HEIGHT = 220;
    private static final int LEFT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;

    private TrendChart() {}

    static String svg(List<MonthTotal> months, long low, long high, String title, String bandLabel) {
        long max = Math.max(high + high / 10, months.stream().mapToLong(MonthTotal::amountIdr).max().orElse(0));
        double plot = HEIGHT - TOP - BOTTOM;
        double step = (WIDTH - LEFT * 2.0) / Math.max(1, months.size());
        var svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' class='dashboard-trend' role='img'"
                + " viewBox='0 0 " + WIDTH + " " + HEIGHT + "' aria-label='" + OutletMap.escape(title) + "'><title>"
                + OutletMap.escape(title) + "</title>");
        double bandTop = TOP + plot * (1 - (double) high / max);
        double bandBottom = TOP + plot * (1 - (double) low / max);
        svg.append("<rect class='target' x='0' width='").append(WIDTH).append("' y='").append(fmt(bandTop))
                .append("' height='").append(fmt(bandBottom - bandTop))
                .append("' fill='#bbf7d0' stroke='#16a34a' stroke-dasharray='4 3'/><text x='").append(WIDTH - 6)
                .append("' y='").append(fmt(bandTop - 3)).append("' text-anchor='end' font-size='11' fill='#166534'>")
                .append(OutletMap.escape(bandLabel)).append("</text>");
        for (int i = 0; i < months.size(); i++) {
            MonthTotal m = months.get(i);
            double h = Math.max(m.amountIdr() > 0 ? 1 : 0, plot * m.amountIdr() / max);
            double x = LEFT + i * step + step * 0.15;
            boolean last = i == months.size() - 1;
            svg.append("<rect class='month' x='").append(fmt(x)).append("' y='").append(fmt(TOP + plot - h))
                    .append("' width='").append(fmt(step * 0.7)).append("' height='").append(fmt(h))
                    .append("' fill='").append(last ? "#c2410c" : "#fb923c").append("'><title>")
                    .append(m.month()).append(": ").append(Rupiah.format(m.amountIdr())).append("</title></rect>")
                    .append("<text x='").append(fmt(x + step * 0.35)).append("' y='").append(HEIGHT - 12)
                    .append("' text-anchor='middle' font-size='10' fill='#374151'>")
                    .append(String.format(Locale.ROOT, "%02d/%02d", m.month().getMonthValue(),
                            m.month().getYear() % 100))
                    .append("</text>");
        }
        svg.append("<line x1='0' x2='").append(WIDTH).append("' y1='").append(fmt(TOP + plot)).append("' y2='")
                .append(fmt(TOP + plot)).append("' stroke='#6b7280'/></svg>");
        return svg.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
