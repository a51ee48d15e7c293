package id.nttmart.asn;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nttmart.platform.Rupiah;
import jakarta.annotation.security.PermitAll;

/** A civil servant's page: link the account to a NIP and agency, this month's total, what is left, past months. */
@Route("asn")
@PermitAll
class AsnView extends Div implements HasDynamicTitle {

    private final AsnIdentities identities;
    private final AsnCompliance compliance;
    private final Agencies agencies;
    private final Div content = new Div();

    AsnView(AsnIdentities identities, AsnCompliance compliance, Agencies agencies) {
        this.identities = identities;
        this.compliance = compliance;
        this.agencies = agencies;
        addClassName("asn-page");
        add(new H1(getTranslation("asn.title")), new Paragraph(getTranslation("asn.lead",
                Rupiah.format(AsnCompliance.OBLIGATION_IDR))), content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        var claim = identities.mine();
        if (claim.isPresent()) {
            var c = claim.get();
            var who = new Paragraph(getTranslation("asn.linked", c.nip(), c.agencyName() + " (" + c.agencyCode() + ")"));
            who.addClassName("asn-claim");
            content.add(who);
            if (c.flag() != null) {
                var flag = new Paragraph(getTranslation("asn.flag." + c.flag()));
                flag.addClassName("asn-flag");
                content.add(flag);
            }
            var months = compliance.myMonths(12);
            var now = months.getFirst();
            var total = new Paragraph(getTranslation("asn.month-total", now.month().toString(),
                    Rupiah.format(now.totalIdr())));
            total.addClassName("asn-total");
            var left = new Paragraph(now.met() ? getTranslation("asn.met")
                    : getTranslation("asn.left", Rupiah.format(now.leftIdr())));
            left.addClassName(now.met() ? "asn-met" : "asn-left");
            var bar = new Div();
            bar.addClassName("asn-bar");
            var fill = new Span();
            fill.getStyle().set("display", "block").set("height", "100%").set("background", "var(--lumo-success-color)")
                    .set("width", Math.min(100, now.totalIdr() * 100 / AsnCompliance.OBLIGATION_IDR) + "%");
            bar.getStyle().set("height", "0.75rem").set("max-width", "24rem").set("background",
                    "var(--lumo-contrast-10pct)").set("border-radius", "0.375rem").set("overflow", "hidden");
            bar.add(fill);
            var grid = new Grid<AsnCompliance.Month>();
            // Three columns fit a phone; the counter's part shows under the total when there is one.
            grid.addColumn(m -> m.month().toString()).setHeader(getTranslation("asn.month")).setAutoWidth(true);
            grid.addColumn(m -> Rupiah.format(m.totalIdr()) + (m.counterIdr() == 0 ? ""
                    : " (" + getTranslation("asn.counter") + " " + Rupiah.format(m.counterIdr()) + ")"))
                    .setHeader(getTranslation("asn.total")).setAutoWidth(true).setFlexGrow(1);
            grid.addColumn(m -> getTranslation(m.met() ? "asn.yes" : "asn.no")).setHeader(getTranslation("asn.met-column"))
                    .setAutoWidth(true);
            grid.setItems(months);
            grid.setAllRowsVisible(true);
            // Amounts wrap rather than end in an ellipsis on a 360 px phone.
            grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                    com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
            grid.addClassName("asn-months");
            content.add(total, bar, left, new H2(getTranslation("asn.past")), grid,
                    new Paragraph(getTranslation("asn.rule")));
        }
        content.add(form(claim.isPresent()));
    }

    private Div form(boolean relink) {
        var nip = new TextField(getTranslation("asn.nip"));
        nip.setHelperText(getTranslation("asn.nip-help"));
        nip.setMaxLength(24);
        nip.addClassName("asn-nip");
        var agency = new ComboBox<Agencies.Agency>(getTranslation("asn.agency"));
        agency.setItems(agencies.list());
        agency.setItemLabelGenerator(a -> a.code() + " · " + a.name());
        agency.addClassName("asn-agency");
        var message = new Paragraph();
        message.addClassName("asn-message");
        var link = new Button(getTranslation(relink ? "asn.relink" : "asn.link"), e -> {
            if (agency.isEmpty()) {
                message.setText(getTranslation("asn.link.unknown-agency"));
                return;
            }
            try {
                identities.link(nip.getValue(), agency.getValue().code());
                refresh();
            } catch (AsnRefusal refusal) {
                message.setText(getTranslation(refusal.key(), refusal.args()));
            }
        });
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.addClassName("asn-link");
        var form = new Div(new H2(getTranslation(relink ? "asn.relink-title" : "asn.link-title")), nip, agency, link,
                message);
        form.addClassName("form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("asn.title") + " · NTT Mart";
    }
}
