package id.nttmart.settlement;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.nttmart.platform.Rupiah;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regions;
import id.nttmart.security.BackOfficeAccess;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Outlet staff and administrators see each producer's month: sales, the outlet's 10 %, the producer's 90 %; CSV. */
@Route("staf/bagi-hasil")
@RolesAllowed({"OUTLET_STAFF", "ADMIN"})
class SettlementView extends Div implements HasDynamicTitle {

    private final Settlement settlement;
    private final ComboBox<Outlet> outlet = new ComboBox<>();
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final Grid<Settlement.ProducerMonth> grid = new Grid<>();
    private final Paragraph totals = new Paragraph();
    private final Div downloads = new Div();

    SettlementView(Settlement settlement, Regions regions, BackOfficeAccess access) {
        this.settlement = settlement;
        addClassName("back-office");
        var scope = access.outlets();
        List<Outlet> mine = regions.outlets().stream().filter(o -> scope.includes(o.id())).toList();
        outlet.setLabel(getTranslation("settlement.outlet"));
        outlet.setItems(mine);
        outlet.setItemLabelGenerator(Outlet::name);
        YearMonth now = YearMonth.now(Settlement.WITA);
        month.setLabel(getTranslation("settlement.month"));
        month.setItems(IntStream.range(0, 24).mapToObj(now::minusMonths).toList());
        month.setValue(now);
        if (!mine.isEmpty()) {
            outlet.setValue(mine.getFirst());
        }
        outlet.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        grid.addColumn(Settlement.ProducerMonth::producer).setHeader(getTranslation("settlement.producer"))
                .setFlexGrow(1);
        grid.addColumn(Settlement.ProducerMonth::orders).setHeader(getTranslation("settlement.orders"))
                .setAutoWidth(true);
        grid.addColumn(Settlement.ProducerMonth::units).setHeader(getTranslation("settlement.units"))
                .setAutoWidth(true);
        grid.addColumn(m -> Rupiah.format(m.salesIdr())).setHeader(getTranslation("settlement.sales"))
                .setAutoWidth(true);
        grid.addColumn(m -> Rupiah.format(m.outletShareIdr())).setHeader(getTranslation("settlement.outlet-share"))
                .setAutoWidth(true);
        grid.addColumn(m -> Rupiah.format(m.producerShareIdr()))
                .setHeader(getTranslation("settlement.producer-share")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("settlement.title")), new Paragraph(getTranslation("settlement.lead")),
                new Div(outlet, month), grid, totals, downloads);
        refresh();
    }

    private void refresh() {
        downloads.removeAll();
        if (outlet.isEmpty() || month.isEmpty()) {
            grid.setItems(List.of());
            grid.setVisible(false);
            totals.setText(getTranslation("settlement.choose"));
            return;
        }
        long outletId = outlet.getValue().id();
        YearMonth chosen = month.getValue();
        var rows = settlement.producers(outletId, chosen);
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        long sales = rows.stream().mapToLong(Settlement.ProducerMonth::salesIdr).sum();
        long outletShare = rows.stream().mapToLong(Settlement.ProducerMonth::outletShareIdr).sum();
        totals.setText(rows.isEmpty() ? getTranslation("settlement.none")
                : getTranslation("settlement.totals", Rupiah.format(sales), Rupiah.format(outletShare),
                        Rupiah.format(sales - outletShare)));
        String base = "bagi-hasil-" + outlet.getValue().code() + "-" + chosen;
        downloads.add(csvLink(getTranslation("settlement.csv-producers"), base + ".csv",
                        () -> SettlementCsv.producers(settlement.producers(outletId, chosen))),
                csvLink(getTranslation("settlement.csv-lines"), base + "-baris.csv",
                        () -> SettlementCsv.lines(settlement.lines(outletId, chosen))));
    }

    private static Anchor csvLink(String text, String file, Supplier<String> csv) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv", bytes.length);
        }), text);
        link.addClassName("download");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settlement.title") + " · NTT Mart";
    }
}
