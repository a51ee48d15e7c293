package id.nttmart.storefront;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.ordering.Cart;
import id.nttmart.ordering.Carts;
import id.nttmart.platform.Rupiah;

/**
 * The cart at {@code /keranjang}: each line at today's price with its quantity, and any problem (only N left, sold
 * out, no longer on sale) said plainly here, before checkout; checkout opens only when every line can be bought.
 */
@Route(value = "keranjang", layout = MainLayout.class)
@AnonymousAllowed
class CartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "/keranjang";

    private final CartSession session;
    private final CurrencyHint currency;

    CartView(CartSession session, CurrencyHint currency) {
        this.session = session;
        this.currency = currency;
        addClassName("cart");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(session.cart(getLocale()));
    }

    private void show(Cart cart) {
        removeAll();
        add(new H1(getTranslation("cart.title")));
        if (cart.empty()) {
            var empty = new Paragraph(getTranslation("cart.empty"));
            empty.addClassName("cart-empty");
            var search = new Anchor(SearchLinks.PATH, getTranslation("cart.go-search"));
            search.addClassName("see-all");
            add(empty, search);
            return;
        }
        var lines = new Div();
        lines.addClassName("cart-lines");
        cart.lines().forEach(line -> lines.add(new CartLine(line, this::change)));
        add(lines, summary(cart));
    }

    private Div summary(Cart cart) {
        var subtotal = new Span(Rupiah.format(cart.subtotalIdr()));
        subtotal.addClassName("subtotal-amount");
        var row = new Div(new Span(getTranslation("cart.subtotal", cart.units())), subtotal);
        row.addClassName("total-row");
        var checkout = new Button(getTranslation("cart.checkout"),
                e -> UI.getCurrent().navigate(CheckoutView.class));
        checkout.addClassName("checkout-button");
        checkout.addThemeVariants(ButtonVariant.PRIMARY);
        checkout.setEnabled(cart.ready());
        var summary = new Div(row, currency.span(cart.subtotalIdr(), getLocale()));
        summary.addClassName("cart-summary");
        var delivery = new Paragraph(getTranslation("cart.delivery-later"));
        delivery.addClassName("hint");
        summary.add(delivery);
        if (!cart.ready()) {
            var fix = new Paragraph(getTranslation("cart.fix-first"));
            fix.addClassName("notice");
            fix.setId("cart-fix");
            checkout.getElement().setAttribute("aria-describedby", "cart-fix");
            summary.add(fix);
        }
        summary.add(checkout);
        return summary;
    }

    private void change(String sku, int units) {
        var change = session.carts().set(session.getOrCreate(), sku, units, getLocale());
        switch (change) {
            case Carts.Change.Done done -> {
                CartChanged.fire(UI.getCurrent(), done.cart().units());
                show(done.cart());
            }
            case Carts.Change.Refused refused -> {
                Notification.show(getTranslation(refused.key()), 6000, Notification.Position.BOTTOM_STRETCH)
                        .addThemeVariants(NotificationVariant.ERROR);
                show(session.cart(getLocale()));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cart.title") + " · NTT Mart";
    }
}
