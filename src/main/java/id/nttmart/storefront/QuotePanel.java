package id.nttmart.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.nttmart.ordering.Quote;
import id.nttmart.ordering.ShippingZone;
import id.nttmart.ordering.ShortLine;
import id.nttmart.platform.Rupiah;
import java.util.Map;

/**
 * The order summary beside the checkout form: each planned shipment (outlet, regency, its lines, why that outlet in
 * words), the delivery price and estimated days, the total, and any line the outlets cannot fill.
 */
class QuotePanel extends Div {

    private final CurrencyHint currency;

    QuotePanel(CurrencyHint currency) {
        this.currency = currency;
        addClassName("quote");
        getElement().setAttribute("aria-live", "polite");
    }

    /** No quote yet: says what is missing (a regency, an outlet). */
    void waiting(long subtotalIdr, String why) {
        removeAll();
        add(new H2(getTranslation("checkout.summary")));
        add(row("checkout.subtotal", Rupiah.format(subtotalIdr), "quote-subtotal"));
        var note = new Paragraph(why);
        note.addClassName("hint");
        add(note);
    }

    void show(Quote quote, Map<String, String> names) {
        removeAll();
        add(new H2(getTranslation("checkout.summary")));
        var shipments = new Div();
        shipments.addClassName("shipments");
        for (var shipment : quote.shipments()) {
            var box = new Div();
            box.addClassName("shipment");
            box.add(new H3(getTranslation(quote.zone() == ShippingZone.PICKUP ? "checkout.pickup-from"
                    : "checkout.ships-from", shipment.outlet().name(), shipment.outlet().regency())));
            var lines = new UnorderedList();
            shipment.lines().forEach(l -> lines.add(new ListItem(getTranslation("checkout.line", l.quantity(),
                    l.name()))));
            box.add(lines);
            var reason = new Paragraph(getTranslation("checkout.reason." + shipment.reason()));
            reason.addClassName("reason");
            box.add(reason);
            shipments.add(box);
        }
        add(shipments);
        if (!quote.shortLines().isEmpty()) {
            add(shortLines(quote.shortLines(), names));
        }
        add(row("checkout.subtotal", Rupiah.format(quote.subtotalIdr()), "quote-subtotal"));
        boolean pickup = quote.zone() == ShippingZone.PICKUP;
        add(row("checkout.delivery-price", pickup || quote.shippingIdr() == 0 ? getTranslation("checkout.free")
                : Rupiah.format(quote.shippingIdr()), "quote-shipping"));
        if (!pickup && quote.maxDays() > 0) {
            var days = new Paragraph(quote.minDays() == quote.maxDays()
                    ? getTranslation("checkout.days-exact", quote.maxDays())
                    : getTranslation("checkout.days", quote.minDays(), quote.maxDays()));
            days.addClassName("days");
            add(days);
        }
        var total = row("checkout.total", Rupiah.format(quote.totalIdr()), "quote-total");
        total.addClassName("grand");
        add(total, currency.span(quote.totalIdr(), getLocale()));
    }

    /** Lines that cannot be filled, by name: "Kopi Bajawa: 2 tersedia (diminta 5)". */
    Div shortLines(java.util.List<ShortLine> shortLines, Map<String, String> names) {
        var list = new UnorderedList();
        shortLines.forEach(s -> list.add(new ListItem(getTranslation("checkout.short-line",
                names.getOrDefault(s.sku(), s.sku()), s.available(), s.requested()))));
        var box = new Div(new Paragraph(getTranslation("checkout.short")), list);
        box.addClassNames("notice", "short-lines");
        return box;
    }

    private Div row(String key, String amount, String className) {
        var value = new Span(amount);
        value.addClassName("amount");
        var row = new Div(new Span(getTranslation(key)), value);
        row.addClassNames("total-row", className);
        return row;
    }
}
