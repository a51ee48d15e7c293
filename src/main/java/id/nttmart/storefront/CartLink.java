package id.nttmart.storefront;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/** The header's link to the cart with the number of units in it ("Keranjang (2)"); follows {@link CartChanged}. */
class CartLink extends Anchor {

    private final CartSession carts;
    private @Nullable Registration listening;

    CartLink(CartSession carts) {
        this.carts = carts;
        setHref(CartView.PATH);
        getElement().setAttribute("router-link", true);
        addClassName("cart-link");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        show(carts.cart(getLocale()).units());
        listening = ComponentUtil.addListener(event.getUI(), CartChanged.class, e -> show(e.units()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
    }

    /** "Keranjang (2)": on a narrow phone the word gives way to a cart symbol (CSS), the count stays. */
    private void show(int units) {
        removeAll();
        var word = new Span(getTranslation("cart.title"));
        word.addClassName("cart-word");
        var count = new Span(getTranslation("cart.count", units));
        count.addClassName("cart-count");
        add(word, new Text(" "), count);
        getElement().setAttribute("aria-label", getTranslation("cart.link-label", units));
    }
}
