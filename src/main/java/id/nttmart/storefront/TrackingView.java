package id.nttmart.storefront;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import id.nttmart.ordering.Links;
import id.nttmart.ordering.OrderStatus;
import id.nttmart.ordering.OrderView;
import id.nttmart.ordering.Orders;
import id.nttmart.platform.Rupiah;
import org.jspecify.annotations.Nullable;

/**
 * An order as its buyer follows it, at {@code /pesanan/{number}?token=...} (the token is the secret, so the address
 * is the bookmark): status, pay link, steps, shipments, lines, delivery, and cancelling before packing. Back from
 * the payment page with {@code paid=1}, it checks every two seconds until the gateway's confirmation lands. A wrong
 * number or token is the ordinary "not found" page, which does not say whether the number exists.
 */
@Route(value = "pesanan/:number", layout = MainLayout.class)
@AnonymousAllowed
class TrackingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Two seconds apart, for at most three minutes; the page then asks the buyer to reload later. */
    static final int POLL_MILLIS = 2000;
    static final int MAX_POLLS = 90;

    private final Orders orders;
    private final CurrencyHint currency;
    private String number = "";
    private String token = "";
    private boolean returnedPaid;
    private boolean returnedCancelled;
    private int polls;
    private @Nullable Registration polling;

    TrackingView(Orders orders, CurrencyHint currency) {
        this.orders = orders;
        this.currency = currency;
        addClassName("tracking");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        var query = event.getLocation().getQueryParameters();
        token = query.getSingleParameter("token").orElse("");
        returnedPaid = query.getSingleParameter("paid").filter("1"::equals).isPresent();
        returnedCancelled = query.getSingleParameter("cancelled").filter("1"::equals).isPresent();
        var order = orders.track(number, token);
        if (order.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(order.get());
    }

    private void show(OrderView order) {
        removeAll();
        add(new H1(getTranslation("tracking.title", order.number())), banner(order));
        pickupCodes(order);
        add(new Timeline(order), new ShipmentList(order), lines(order), delivery(order));
        if (order.cancellable()) {
            add(cancel());
        }
        var help = new Paragraph(getTranslation("tracking.bookmark"));
        help.addClassName("hint");
        add(help);
        keepChecking(order);
    }

    private Div banner(OrderView order) {
        var banner = new Div();
        banner.addClassNames("status-banner", "status-" + order.status().name().toLowerCase(java.util.Locale.ROOT));
        banner.getElement().setAttribute("role", "status");
        String key = switch (order.status()) {
            case PENDING_PAYMENT -> returnedPaid ? (polls < MAX_POLLS ? "tracking.status.confirming"
                    : "tracking.status.confirming-slow")
                    : returnedCancelled ? "tracking.status.not-completed" : "tracking.status.pending";
            case PAID -> "tracking.status.paid";
            case FULFILLED -> order.pickup() ? "tracking.status.picked-up" : "tracking.status.fulfilled";
            case CANCELLED -> "tracking.status.cancelled";
            case REFUNDED -> "tracking.status.refunded";
            case EXPIRED -> "tracking.status.expired";
        };
        var title = new Span(getTranslation(key + ".title"));
        title.addClassName("status-title");
        banner.add(title, new Paragraph(getTranslation(key + ".text")));
        if (order.payable() && !(returnedPaid && polls < MAX_POLLS)) {
            var pay = new Anchor(Links.payment(order.number(), token),
                    getTranslation("tracking.pay-now", Rupiah.format(order.totalIdr())));
            pay.addClassName("pay-now");
            pay.setRouterIgnore(true);
            banner.add(pay);
        }
        return banner;
    }

    private void pickupCodes(OrderView order) {
        order.shipments().stream().filter(s -> s.pickupCode() != null
                && s.step() == id.nttmart.ordering.ShipmentStep.READY_FOR_PICKUP).forEach(s -> {
                    var code = new Span(s.pickupCode());
                    code.addClassName("code");
                    var box = new Div(new Span(getTranslation("tracking.pickup-code", s.outlet().name())), code);
                    box.addClassName("pickup-code");
                    add(box);
                });
    }

    private Div lines(OrderView order) {
        var box = new Div(new H2(getTranslation("tracking.lines")));
        box.addClassName("order-lines");
        for (var line : order.lines()) {
            box.add(row(getTranslation("checkout.line", line.quantity(), line.name()), line.amountIdr(), "line"));
        }
        box.add(row(getTranslation("checkout.subtotal"), order.subtotalIdr(), "subtotal"));
        box.add(row(getTranslation("checkout.delivery-price"), order.shippingIdr(), "shipping"));
        var total = row(getTranslation("checkout.total"), order.totalIdr(), "grand");
        box.add(total, currency.span(order.totalIdr(), getLocale()));
        return box;
    }

    private Div row(String label, long amount, String className) {
        var value = new Span(amount == 0 && "shipping".equals(className) ? getTranslation("checkout.free")
                : Rupiah.format(amount));
        value.addClassName("amount");
        var row = new Div(new Span(label), value);
        row.addClassNames("total-row", className);
        return row;
    }

    private Div delivery(OrderView order) {
        var box = new Div(new H2(getTranslation("tracking.delivery")));
        box.addClassName("order-delivery");
        if (order.pickupOutlet() != null) {
            box.add(new Paragraph(getTranslation("tracking.pickup-at", order.pickupOutlet().name(),
                    order.pickupOutlet().regency())));
        } else if (order.address() != null) {
            var address = new Paragraph(order.address().formatted());
            address.addClassName("address");
            box.add(address);
        }
        return box;
    }

    private Button cancel() {
        var button = new Button(getTranslation("tracking.cancel"));
        button.addClassName("cancel-order");
        button.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        button.addClickListener(e -> {
            var dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("tracking.cancel-confirm.title"));
            dialog.setText(getTranslation("tracking.cancel-confirm.text"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("tracking.cancel-confirm.keep"));
            dialog.setConfirmText(getTranslation("tracking.cancel-confirm.yes"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(c -> cancelled());
            dialog.open();
        });
        return button;
    }

    private void cancelled() {
        switch (orders.cancel(number, token)) {
            case Orders.CancelResult.Cancelled done -> {
                returnedPaid = false;
                returnedCancelled = false;
                show(done.order());
            }
            case Orders.CancelResult.NotCancellable not -> {
                Notification.show(getTranslation("tracking.not-cancellable"), 6000,
                        Notification.Position.BOTTOM_STRETCH);
                show(not.order());
            }
            case Orders.CancelResult.NotFound missing -> UI.getCurrent().getPage().reload();
        }
    }

    /** Back from paying, the gateway's webhook may still be on its way: look again every two seconds. */
    private void keepChecking(OrderView order) {
        boolean waiting = returnedPaid && order.status() == OrderStatus.PENDING_PAYMENT && polls < MAX_POLLS;
        var ui = UI.getCurrent();
        if (waiting && polling == null && ui != null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> {
                polls++;
                orders.track(number, token).ifPresent(this::show);
            });
        } else if (!waiting) {
            stopPolling();
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (polling != null) {
            event.getUI().setPollInterval(POLL_MILLIS);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracking.title", number) + " · NTT Mart";
    }
}
