package id.nttmart.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import id.nttmart.ordering.OrderStatus;
import id.nttmart.ordering.OrderView;
import id.nttmart.ordering.ShipmentStep;

/** Where each outlet's part of an order is now: being packed, packed, on its way (courier, number), ready, done. */
class ShipmentList extends Div {

    ShipmentList(OrderView order) {
        addClassName("shipment-list");
        setVisible(!order.shipments().isEmpty());
        add(new H2(getTranslation("tracking.shipments")));
        for (var shipment : order.shipments()) {
            var box = new Div(new H3(getTranslation("tracking.from", shipment.outlet().name(),
                    shipment.outlet().regency())));
            box.addClassName("shipment");
            var lines = new UnorderedList();
            shipment.lines().forEach(l -> lines.add(new ListItem(getTranslation("checkout.line", l.quantity(),
                    l.name()))));
            box.add(lines);
            boolean waiting = order.status() == OrderStatus.PENDING_PAYMENT && shipment.step() == ShipmentStep.PACKING;
            var step = new Paragraph(waiting ? getTranslation("tracking.step.HELD", shipment.outlet().name())
                    : getTranslation("tracking.step." + shipment.step().name(), shipment.outlet().name(),
                            shipment.courier() == null ? "" : shipment.courier(),
                            shipment.trackingNumber() == null ? "" : shipment.trackingNumber()));
            step.addClassNames("step", "step-" + shipment.step().name().toLowerCase(java.util.Locale.ROOT));
            box.add(step);
            add(box);
        }
    }
}
