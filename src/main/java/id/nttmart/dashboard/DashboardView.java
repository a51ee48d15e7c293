package id.nttmart.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.nttmart.dashboard.DashboardCsv.Figure;
import id.nttmart.dashboard.DashboardFigures.Slice;
import id.nttmart.platform.Rupiah;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** The province's month at a glance for administrators: total against the target, bars, the outlet map, CSV. */
@Route("admin/dasbor")
@RolesAllowed("ADMIN")
@StyleSheet("assets/dashboard.css")
class DashboardView extends Div implements HasDynamicTitle {

    private final Dashboard dashboard;
    final ComboBox<YearMonth> month = new ComboBox<>();
    final Div content = new Div();

    DashboardView(Dashboard dashboard) {
        this.dashboard = dashboard;
        addClassNames("back-office", "dashboard");
        YearMonth now = Dashboard.thisMonth();
        month.setLabel(getTranslation("dashboard.month"));
        month.setItems(IntStream.range(0, 24).mapToObj(now::minusMonths).toList());
        month.setValue(now);
        month.addValueChangeListener(e -> refresh());
        add(new H1(getTranslation("dashboard.title")), new Paragraph(getTranslation("dashboard.lead")), month,
                content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        if (month.isEmpty()) {
            return;
        }
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        DashboardFigures f = dashboard.figures(month.getValue(), locale);
        content.add(summary(f), section("dashboard.trend", Figure.TREND, f, svg(TrendChart.svg(f.trend(),
                f.targetLowIdr(), f.targetHighIdr(), getTranslation("dashboard.trend"),
                getTranslation("dashboard.target-band", Rupiah.format(f.targetLowIdr()),
                        Rupiah.format(f.targetHighIdr()))))),
                section("dashboard.map", Figure.OUTLETS, f, map(f)),
                section("dashboard.by-regency", Figure.REGENCIES, f, bars(f.regencies())),
                section("dashboard.by-island", Figure.ISLANDS, f, bars(f.islands())),
                section("dashboard.by-program", Figure.PROGRAMS, f, bars(f.programs())),
                section("dashboard.by-category", Figure.CATEGORIES, f, bars(f.categories())),
                section("dashboard.top-products", Figure.TOP_PRODUCTS, f, top(f)),
                section("dashboard.catalogue", Figure.CATALOGUE, f, catalogue(f)),
                section("dashboard.asn", Figure.ASN_COMPLIANCE, f, asn(f)));
    }

    private Component summary(DashboardFigures f) {
        var total = new Div(new Span(getTranslation("dashboard.total")), big(Rupiah.format(f.amountIdr()), "total"));
        var orders = new Div(new Span(getTranslation("dashboard.orders")), big(Long.toString(f.orders()), "orders"));
        double share = f.targetLowIdr() == 0 ? 0 : 100.0 * f.amountIdr() / f.targetLowIdr();
        var target = new Div(new Span(getTranslation("dashboard.target")),
                big(Rupiah.format(f.targetLowIdr()) + " - " + Rupiah.format(f.targetHighIdr()), "target"),
                new Span(getTranslation("dashboard.of-target", String.format(getLocaleOrEnglish(), "%.2f", share))));
        var summary = new Div(total, orders, target);
        summary.addClassName("dashboard-summary");
        return summary;
    }

    private Locale getLocaleOrEnglish() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }

    private static Span big(String text, String id) {
        var span = new Span(text);
        span.addClassName("dashboard-figure");
        span.getElement().setAttribute("data-figure", id);
        return span;
    }

    private Component section(String key, Figure figure, DashboardFigures f, Component body) {
        var section = new Div(new H2(getTranslation(key)), body, csvLink(figure, f));
        section.addClassName("dashboard-section");
        return section;
    }

    private Anchor csvLink(Figure figure, DashboardFigures f) {
        String file = figure.fileName(f);
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = DashboardCsv.of(figure, f).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv", bytes.length);
        }), getTranslation("dashboard.csv"));
        link.addClassName("download");
        link.getElement().setAttribute("data-csv", figure.name().toLowerCase(Locale.ROOT));
        return link;
    }

    private static Div svg(String markup) {
        var div = new Div();
        div.addClassName("dashboard-svg");
        div.getElement().setProperty("innerHTML", markup);
        return div;
    }

    private Component map(DashboardFigures f) {
        long max = f.outlets().stream().mapToLong(DashboardFigures.OutletSales::amountIdr).max().orElse(0);
        String[] legend = {getTranslation("dashboard.map.none"),
            "≤ " + Rupiah.format(max / 4), "≤ " + Rupiah.format(max / 2), "≤ " + Rupiah.format(max * 3 / 4),
            "≤ " + Rupiah.format(max)};
        var map = svg(OutletMap.svg(f.outlets(), getTranslation("dashboard.map"), legend));
        map.addClassName("dashboard-map-box");
        return map;
    }

    /** Horizontal CSS bars, longest = the largest slice; amount and units written beside each. */
    private Component bars(List<Slice> slices) {
        long max = slices.stream().mapToLong(Slice::amountIdr).max().orElse(0);
        var list = new Div();
        list.addClassName("dashboard-bars");
        for (Slice s : slices) {
            var bar = new Div();
            bar.addClassName("bar");
            bar.getStyle().set("width", (s.amountIdr() <= 0 ? 0 : Math.max(0.5, 100.0 * s.amountIdr() / max)) + "%");
            var row = new Div(new Span(s.label()), new Div(bar),
                    new Span(Rupiah.format(s.amountIdr()) + " · " + getTranslation("dashboard.units", s.units())));
            row.addClassName("bar-row");
            list.add(row);
        }
        return list;
    }

    private Component top(DashboardFigures f) {
        var grid = new Grid<DashboardFigures.TopProduct>();
        grid.addColumn(DashboardFigures.TopProduct::name).setHeader(getTranslation("dashboard.product"))
                .setFlexGrow(1);
        grid.addColumn(DashboardFigures.TopProduct::regency).setHeader(getTranslation("dashboard.regency"))
                .setAutoWidth(true);
        grid.addColumn(DashboardFigures.TopProduct::units).setHeader(getTranslation("dashboard.units-column"))
                .setAutoWidth(true);
        grid.addColumn(p -> Rupiah.format(p.amountIdr())).setHeader(getTranslation("dashboard.amount"))
                .setAutoWidth(true);
        grid.setItems(f.topProducts());
        grid.setAllRowsVisible(true);
        return f.topProducts().isEmpty() ? new Paragraph(getTranslation("dashboard.none")) : grid;
    }

    private Component catalogue(DashboardFigures f) {
        var grid = new Grid<DashboardFigures.RegencyCatalogue>();
        grid.addColumn(DashboardFigures.RegencyCatalogue::regency).setHeader(getTranslation("dashboard.regency"))
                .setFlexGrow(1);
        grid.addColumn(DashboardFigures.RegencyCatalogue::activeProducers)
                .setHeader(getTranslation("dashboard.producers")).setAutoWidth(true);
        grid.addColumn(DashboardFigures.RegencyCatalogue::listedProducts)
                .setHeader(getTranslation("dashboard.products")).setAutoWidth(true);
        grid.addColumn(DashboardFigures.RegencyCatalogue::producersSelling)
                .setHeader(getTranslation("dashboard.producers-selling")).setAutoWidth(true);
        grid.addColumn(DashboardFigures.RegencyCatalogue::productsSelling)
                .setHeader(getTranslation("dashboard.products-selling")).setAutoWidth(true);
        grid.setItems(f.catalogue());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component asn(DashboardFigures f) {
        if (f.asnCompliance().isEmpty()) {
            return new Paragraph(getTranslation("dashboard.asn.none"));
        }
        var list = new Div();
        list.addClassName("dashboard-bars");
        for (var a : f.asnCompliance()) {
            var bar = new Div();
            bar.addClassName("bar");
            bar.getStyle().set("width", (100.0 * a.rate()) + "%");
            var row = new Div(new Span(a.agency()), new Div(bar), new Span(String.format(getLocaleOrEnglish(),
                    "%.1f %% (%d/%d)", 100 * a.rate(), a.compliant(), a.civilServants())));
            row.addClassName("bar-row");
            list.add(row);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · NTT Mart";
    }
}
