package id.nttmart.ordering;

import id.nttmart.mail.Mailer;
import id.nttmart.mail.OutgoingMail;
import id.nttmart.platform.Rupiah;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The mails a buyer gets about an order, in the language they ordered in (texts from the UI bundles), each with the
 * tracking link. Queued in the transaction that changes the order, so a mail exists exactly when its news does.
 */
@Component
class OrderMails {

    private final Mailer mailer;
    private final OrderViews views;

    OrderMails(Mailer mailer, OrderViews views) {
        this.mailer = mailer;
        this.views = views;
    }

    void paid(StoredOrder order) {
        var view = views.of(order);
        var texts = texts(order.locale());
        var body = new StringBuilder(format(texts, "mail.order.paid.intro", order.buyer().name(), order.number()))
                .append("\n\n");
        for (var line : view.lines()) {
            body.append(line.quantity()).append(" x ").append(line.name()).append("  ")
                    .append(Rupiah.format(line.amountIdr())).append('\n');
        }
        body.append(format(texts, "mail.order.shipping", Rupiah.format(order.shippingIdr()))).append('\n')
                .append(format(texts, "mail.order.total", Rupiah.format(order.totalIdr()))).append("\n\n");
        if (view.pickupOutlet() != null) {
            body.append(format(texts, "mail.order.pickup", view.pickupOutlet().name(), view.pickupOutlet().regency()));
            view.shipments().stream().filter(s -> s.pickupCode() != null).findFirst()
                    .ifPresent(s -> body.append('\n').append(format(texts, "mail.order.pickup-code", s.pickupCode())));
        } else if (view.address() != null) {
            body.append(format(texts, "mail.order.ship-to", view.address().formatted()));
        }
        body.append("\n\n").append(format(texts, "mail.order.track", link(order)));
        queue(order, "order-paid", format(texts, "mail.order.paid.subject", order.number()), body.toString());
    }

    /** Right after checkout: what was ordered, the total, and the links to pay and to follow the order. */
    void placed(StoredOrder order, java.util.Collection<OrderView.Line> lines, long holdMinutes) {
        var texts = texts(order.locale());
        var body = new StringBuilder(format(texts, "mail.order.placed.intro", order.buyer().name(), order.number(),
                holdMinutes))
                .append("\n\n");
        for (var line : lines) {
            body.append(line.quantity()).append(" x ").append(line.name()).append("  ")
                    .append(Rupiah.format(line.amountIdr())).append('\n');
        }
        body.append(format(texts, "mail.order.shipping", Rupiah.format(order.shippingIdr()))).append('\n')
                .append(format(texts, "mail.order.due", Rupiah.format(order.totalIdr()))).append("\n\n")
                .append(format(texts, "mail.order.pay", order.siteBase() + Links.payment(order.number(),
                        order.trackingToken()))).append("\n\n")
                .append(format(texts, "mail.order.track", link(order)));
        queue(order, "order-placed", format(texts, "mail.order.placed.subject", order.number()), body.toString());
    }

    void cancelled(StoredOrder order, boolean refundDue) {
        var texts = texts(order.locale());
        String body = format(texts, "mail.order.cancelled.intro", order.buyer().name(), order.number())
                + (refundDue ? "\n\n" + format(texts, "mail.order.cancelled.refund", Rupiah.format(order.totalIdr()))
                        : "")
                + "\n\n" + format(texts, "mail.order.track", link(order));
        queue(order, "order-cancelled", format(texts, "mail.order.cancelled.subject", order.number()), body);
    }

    void refunded(StoredOrder order) {
        var texts = texts(order.locale());
        String body = format(texts, "mail.order.refunded.intro", order.buyer().name(), order.number(),
                Rupiah.format(order.totalIdr())) + "\n\n" + format(texts, "mail.order.track", link(order));
        queue(order, "order-refunded", format(texts, "mail.order.refunded.subject", order.number()), body);
    }

    /** A shipment moved on (packed, shipped, ready for pickup, delivered): the step's own line and the link. */
    void step(StoredOrder order, String stepKey, Object... arguments) {
        var texts = texts(order.locale());
        String body = format(texts, "mail.order.step.intro", order.buyer().name(), order.number()) + "\n\n"
                + format(texts, "mail.order.step." + stepKey, arguments) + "\n\n"
                + format(texts, "mail.order.track", link(order));
        queue(order, "order-" + stepKey, format(texts, "mail.order.step.subject", order.number()), body);
    }

    private void queue(StoredOrder order, String kind, String subject, String text) {
        mailer.queue(new OutgoingMail(order.buyer().email(), subject, text, null, kind, order.number()));
    }

    private static String link(StoredOrder order) {
        return order.siteBase() + Links.tracking(order.number(), order.trackingToken());
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", "en".equals(locale.getLanguage())
                ? Locale.ENGLISH : Locale.forLanguageTag("id"));
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ROOT).format(arguments);
    }
}
