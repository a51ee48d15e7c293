package id.nttmart.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.di.Instantiator;
import id.nttmart.ordering.Carts;

/**
 * Puts units of a product into the visitor's cart and says so: a short notification with a link to the cart, or the
 * reason it was refused. Cards made with {@code new} reach the cart through Vaadin's (Spring) instantiator.
 */
final class AddToCart {

    private AddToCart() {}

    /** Adds and tells; true when the units went in. */
    static boolean add(Component source, String sku, String name, int units) {
        UI ui = source.getUI().orElseThrow();
        CartSession session = Instantiator.get(ui).getOrCreate(CartSession.class);
        var change = session.carts().add(session.getOrCreate(), sku, units, ui.getLocale());
        switch (change) {
            case Carts.Change.Done done -> {
                CartChanged.fire(ui, done.cart().units());
                var text = new Span(source.getTranslation("cart.added", units, name));
                var link = new Anchor(CartView.PATH, source.getTranslation("cart.open"));
                link.getElement().setAttribute("router-link", true);
                var notification = new Notification(text, link);
                link.getElement().addEventListener("click", e -> notification.close());
                notification.addClassName("cart-added");
                notification.addThemeVariants(NotificationVariant.SUCCESS);
                notification.setDuration(5000);
                notification.setPosition(Notification.Position.BOTTOM_STRETCH);
                notification.open();
                return true;
            }
            case Carts.Change.Refused refused -> {
                var notification = Notification.show(source.getTranslation(refused.key()), 6000,
                        Notification.Position.BOTTOM_STRETCH);
                notification.addThemeVariants(NotificationVariant.ERROR);
                notification.addClassName("cart-refused");
                return false;
            }
        }
    }

    /** The compact "+ Keranjang" button of a result card (disabled when the product is sold out). */
    static Button compactButton(String sku, String name, boolean inStock) {
        var button = new Button();
        button.setText(button.getTranslation("cart.add-short"));
        button.getElement().setAttribute("aria-label", button.getTranslation("cart.add-named", name));
        button.addClassName("card-add");
        button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.SMALL);
        button.setEnabled(inStock);
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            add(button, sku, name, 1);
            button.setEnabled(true);
        });
        return button;
    }
}
