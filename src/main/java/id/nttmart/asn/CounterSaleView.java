package id.nttmart.asn;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nttmart.platform.Rupiah;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regions;
import id.nttmart.security.BackOfficeAccess;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Outlet staff record a counter sale against a civil servant's NIP (their outlets only). */
@Route("staf/asn")
@RolesAllowed({"OUTLET_STAFF", "ADMIN"})
class CounterSaleView extends Div implements HasDynamicTitle {

    private final CounterSales sales;
    private final ComboBox<Outlet> outlet = new ComboBox<>();
    private final Grid<CounterSales.Sale> recent = new Grid<>();

    CounterSaleView(CounterSales sales, Regions regions, BackOfficeAccess access) {
        this.sales = sales;
        addClassName("back-office");
        var scope = access.outlets();
        List<Outlet> mine = regions.outlets().stream().filter(o -> scope.includes(o.id())).toList();
        outlet.setLabel(getTranslation("asn.counter.outlet"));
        outlet.setItems(mine);
        outlet.setItemLabelGenerator(Outlet::name);
        if (!mine.isEmpty()) {
            outlet.setValue(mine.getFirst());
        }
        var nip = new TextField(getTranslation("asn.nip"));
        nip.setMaxLength(24);
        var amount = new IntegerField(getTranslation("asn.counter.amount-label"));
        amount.setMin(1);
        var receipt = new TextField(getTranslation("asn.counter.receipt-label"));
        receipt.setMaxLength(60);
        var message = new Paragraph();
        message.addClassName("asn-message");
        var record = new Button(getTranslation("asn.counter.record"), e -> {
            if (outlet.isEmpty() || amount.isEmpty()) {
                message.setText(getTranslation("asn.counter.amount"));
                return;
            }
            try {
                var sale = sales.record(outlet.getValue().id(), nip.getValue(), amount.getValue(), receipt.getValue());
                message.setText(getTranslation("asn.counter.recorded", Rupiah.format(sale.amountIdr()), sale.nip()));
                nip.clear();
                amount.clear();
                receipt.clear();
                refresh();
            } catch (AsnRefusal refusal) {
                message.setText(getTranslation(refusal.key(), refusal.args()));
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recent.addColumn(s -> s.soldAt().atZone(AsnCompliance.WITA).toLocalDateTime().withNano(0).toString())
                .setHeader(getTranslation("asn.counter.when"));
        recent.addColumn(CounterSales.Sale::nip).setHeader(getTranslation("asn.nip"));
        recent.addColumn(s -> Rupiah.format(s.amountIdr())).setHeader(getTranslation("asn.total"));
        recent.addColumn(CounterSales.Sale::receipt).setHeader(getTranslation("asn.counter.receipt-label"));
        recent.addColumn(CounterSales.Sale::recordedBy).setHeader(getTranslation("asn.counter.by"));
        recent.setAllRowsVisible(true);
        outlet.addValueChangeListener(e -> refresh());
        var form = new Div(outlet, nip, amount, receipt, record);
        form.addClassName("form");
        add(new H1(getTranslation("asn.counter.title")), new Paragraph(getTranslation("asn.counter.lead")), form,
                message, recent);
        refresh();
    }

    private void refresh() {
        recent.setItems(outlet.isEmpty() ? List.of() : sales.recent(outlet.getValue().id(), 20));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("asn.counter.title") + " · NTT Mart";
    }
}
