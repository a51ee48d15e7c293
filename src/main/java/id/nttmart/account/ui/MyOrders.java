package id.nttmart.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.nttmart.ordering.Orders;
import id.nttmart.platform.Rupiah;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The account's orders, newest first: number (to its tracking page), date, status and total. */
class MyOrders extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Makassar"));

    MyOrders(Orders orders, long userId) {
        addClassName("my-orders");
        var placed = orders.ofAccount(userId);
        if (placed.isEmpty()) {
            add(new Paragraph(getTranslation("account.orders.none")));
            return;
        }
        for (var order : placed) {
            var row = new Div();
            row.addClassName("my-order");
            var link = new Anchor(orders.linkOf(userId, order.number()).orElse(""), order.number());
            link.getElement().setAttribute("router-ignore", true);
            row.add(link, new Span(DAY.withLocale(getLocale()).format(order.createdAt())),
                    new Span(getTranslation("order.status." + order.status().name())),
                    new Span(Rupiah.format(order.totalIdr())));
            add(row);
        }
    }
}
