package id.nttmart.asn;

import com.vaadin.flow.component.combobox.ComboBox;
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
import id.nttmart.platform.Rupiah;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.stream.IntStream;

/** The agency head's month: their people met / not met, totals, count and rate, six months' trend, CSV. */
@Route("asn/instansi")
@RolesAllowed({"AGENCY_HEAD", "ADMIN"})
class AgencyHeadView extends Div implements HasDynamicTitle {

    private final AsnCompliance compliance;
    private final AsnIdentities identities;
    private final ComboBox<Agencies.Agency> agency = new ComboBox<>();
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final Div content = new Div();

    AgencyHeadView(AsnCompliance compliance, AsnIdentities identities) {
        this.compliance = compliance;
        this.identities = identities;
        addClassName("back-office");
        var visible = compliance.visibleAgencies();
        agency.setLabel(getTranslation("asn.agency"));
        agency.setItems(visible);
        agency.setItemLabelGenerator(a -> a.code() + " · " + a.name());
        if (!visible.isEmpty()) {
            agency.setValue(visible.getFirst());
        }
        YearMonth now = AsnCompliance.currentMonth();
        month.setLabel(getTranslation("asn.month"));
        month.setItems(IntStream.range(0, 24).mapToObj(now::minusMonths).toList());
        month.setValue(now);
        agency.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        add(new H1(getTranslation("asn.head.title")), new Paragraph(getTranslation("asn.head.lead")),
                new Div(agency, month), content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        if (agency.isEmpty() || month.isEmpty()) {
            content.add(new Paragraph(getTranslation("asn.head.none")));
            return;
        }
        var result = compliance.agencyMonth(agency.getValue().code(), month.getValue());
        var count = result.count();
        var summary = new Paragraph(getTranslation("asn.head.summary", count.met(), count.people(),
                Math.round(count.rate() * 100), Rupiah.format(count.totalIdr())));
        summary.addClassName("asn-summary");

        var trend = new Grid<AsnCompliance.Count>();
        trend.addColumn(c -> c.month().toString()).setHeader(getTranslation("asn.month"));
        trend.addColumn(c -> c.met() + " / " + c.people()).setHeader(getTranslation("asn.head.met"));
        trend.addComponentColumn(c -> {
            var bar = new Span(Math.round(c.rate() * 100) + " %");
            bar.getStyle().set("display", "inline-block").set("min-width", "3rem").set("background",
                    "linear-gradient(to right, var(--lumo-success-color-50pct) " + Math.round(c.rate() * 100)
                            + "%, transparent 0)");
            return bar;
        }).setHeader(getTranslation("asn.head.rate"));
        trend.addColumn(c -> Rupiah.format(c.totalIdr())).setHeader(getTranslation("asn.total"));
        trend.setItems(result.trend());
        trend.setAllRowsVisible(true);

        var people = new Grid<AsnCompliance.Person>();
        people.addColumn(AsnCompliance.Person::nip).setHeader(getTranslation("asn.nip")).setAutoWidth(true);
        people.addColumn(AsnCompliance.Person::name).setHeader(getTranslation("asn.name")).setFlexGrow(1);
        people.addColumn(p -> Rupiah.format(p.totalIdr())).setHeader(getTranslation("asn.total")).setAutoWidth(true);
        people.addColumn(p -> getTranslation(p.met() ? "asn.head.status-met" : "asn.head.status-not-met")
                + (p.onRoster() ? "" : " · " + getTranslation("asn.head.not-on-roster")))
                .setHeader(getTranslation("asn.head.status")).setAutoWidth(true);
        people.setItems(result.people());
        people.addClassName("asn-people");

        String file = "asn-" + result.agency().code() + "-" + result.month() + ".csv";
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = AsnCsv.people(compliance.agencyMonth(result.agency().code(), result.month()))
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv", bytes.length);
        }), getTranslation("asn.head.csv"));
        csv.addClassName("download");

        var flagged = new Grid<AsnIdentities.FlaggedClaim>();
        flagged.addColumn(AsnIdentities.FlaggedClaim::nip).setHeader(getTranslation("asn.nip"));
        flagged.addColumn(AsnIdentities.FlaggedClaim::accountName).setHeader(getTranslation("asn.name"));
        flagged.addColumn(AsnIdentities.FlaggedClaim::agencyCode).setHeader(getTranslation("asn.agency"));
        flagged.addColumn(f -> getTranslation("asn.flag." + f.flag())).setHeader(getTranslation("asn.head.flag"));
        var claims = identities.flagged().stream()
                .filter(f -> f.agencyCode().equals(result.agency().code())
                        || result.agency().code().equals(f.rosterAgencyCode()))
                .toList();
        flagged.setItems(claims);
        flagged.setAllRowsVisible(true);
        content.add(summary, csv, new H2(getTranslation("asn.head.trend")), trend,
                new H2(getTranslation("asn.head.people")), people, new H2(getTranslation("asn.head.flagged")),
                claims.isEmpty() ? new Paragraph(getTranslation("asn.head.no-flags")) : flagged);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("asn.head.title") + " · NTT Mart";
    }
}
