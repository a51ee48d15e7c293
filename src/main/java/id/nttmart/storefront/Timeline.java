package id.nttmart.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import id.nttmart.ordering.OrderView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An order's steps, oldest first, in NTT's time (WITA): placed, paid, each shipment's progress at its outlet, and a
 * failed payment attempt as a calm note. Bookkeeping steps (duplicate or late payments) stay with the staff.
 */
class Timeline extends Div {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    /** Steps the buyer is shown; others are the shop's bookkeeping. */
    static final Set<String> SHOWN = Set.of("placed", "paid", "payment-failed", "cancelled", "expired", "refunded",
            "packed", "shipped", "ready-for-pickup", "picked-up", "delivered", "rejected", "fulfilled",
            "payment-late-accepted");

    Timeline(OrderView order) {
        addClassName("timeline");
        add(new H2(getTranslation("tracking.timeline")));
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(WITA);
        Map<Long, OrderView.ShipmentView> shipments = order.shipments().stream()
                .collect(Collectors.toMap(OrderView.ShipmentView::id, Function.identity()));
        var list = new OrderedList();
        for (var event : order.events()) {
            if (!SHOWN.contains(event.kind())) {
                continue;
            }
            var shipment = event.shipmentId() == null ? null : shipments.get(event.shipmentId());
            String outlet = shipment == null ? "" : shipment.outlet().name();
            String courier = shipment == null || shipment.courier() == null ? "" : shipment.courier();
            String tracking = shipment == null || shipment.trackingNumber() == null ? "" : shipment.trackingNumber();
            var when = new Span(format.format(event.at()) + " WITA");
            when.addClassName("when");
            var what = new Span(getTranslation("tracking.event." + event.kind(), outlet, courier, tracking));
            what.addClassName("what");
            var item = new ListItem(when, what);
            item.addClassName("event-" + event.kind());
            if (event.kind().equals("payment-failed")) {
                item.addClassName("calm");
            }
            list.add(item);
        }
        add(list);
    }
}
