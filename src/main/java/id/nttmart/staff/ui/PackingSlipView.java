package id.nttmart.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.nttmart.staff.ShipmentNotFoundException;
import id.nttmart.staff.StaffShipment;
import id.nttmart.staff.StaffShipments;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /staf/slip/{shipmentId}}: the packing slip of one shipment, laid out for printing (the browser's print,
 * plain print CSS): outlet, order number, date, buyer, address or pickup, lines with SKU and quantity and a box to
 * tick. A shipment of another outlet is "not found".
 */
@Route("staf/slip/:id")
@RolesAllowed({"OUTLET_STAFF", "ADMIN"})
class PackingSlipView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffShipments shipments;
    private String title = "";

    PackingSlipView(StaffShipments shipments) {
        this.shipments = shipments;
        addClassName("packing-slip");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffShipment s;
        try {
            s = shipments.shipment(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | ShipmentNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = getTranslation("staff.slip.title") + " " + s.orderNumber();
        removeAll();
        var print = new Button(getTranslation("staff.slip.print"),
                e -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        var outlet = new Paragraph(s.outletName());
        outlet.addClassName("slip-outlet");
        var number = new H1(getTranslation("staff.slip.title") + " · " + s.orderNumber());
        number.addClassName("slip-order");
        add(print, outlet, number,
                field("staff.slip.date", ShipmentQueueView.TIME.format(s.paidAt()), "slip-date"),
                field("staff.buyer", s.buyerName() + " · " + s.buyerPhone(), "slip-buyer"),
                s.pickup() ? field("staff.delivery", getTranslation("staff.delivery.pickup", s.outletName()),
                        "slip-delivery")
                        : field("staff.delivery", getTranslation("staff.delivery.ship", s.address()), "slip-delivery"));
        if (s.courier() != null) {
            add(field("staff.courier", s.courier() + " · " + s.trackingNumber(), "slip-courier"));
        }
        var table = new NativeTable();
        table.addClassName("slip-lines");
        var header = new NativeTableHeader();
        header.add(new NativeTableRow(new NativeTableHeaderCell(getTranslation("staff.slip.sku")),
                new NativeTableHeaderCell(getTranslation("staff.slip.product")),
                new NativeTableHeaderCell(getTranslation("staff.slip.qty")),
                new NativeTableHeaderCell(getTranslation("staff.slip.check"))));
        var body = new NativeTableBody();
        for (var line : s.lines()) {
            var row = new NativeTableRow(new NativeTableCell(line.sku()), new NativeTableCell(line.name()),
                    new NativeTableCell(String.valueOf(line.quantity())), new NativeTableCell("☐"));
            body.add(row);
        }
        table.add(header, body);
        add(table, field("staff.slip.units", String.valueOf(s.units()), "slip-units"));
    }

    private Paragraph field(String label, String value, String className) {
        var l = new Span(getTranslation(label) + ": ");
        l.addClassName("label");
        var p = new Paragraph(l, new Span(value));
        p.addClassName(className);
        return p;
    }

    @Override
    public String getPageTitle() {
        return title + " · NTT Mart";
    }
}
