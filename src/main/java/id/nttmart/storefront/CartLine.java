package id.nttmart.storefront;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import id.nttmart.ordering.Cart;
import id.nttmart.platform.Rupiah;
import java.util.function.BiConsumer;

/** One line of the cart: picture, name (to the product), unit price, quantity, remove, amount, and its problem. */
class CartLine extends Div {

    CartLine(Cart.Line line, BiConsumer<String, Integer> change) {
        addClassName("cart-line");
        getElement().setAttribute("data-sku", line.sku());
        var image = new Image(line.imagePath() == null ? "/images/placeholder.svg" : line.imagePath(), "");
        image.addClassName("cart-image");
        image.getElement().setAttribute("width", "64");
        image.getElement().setAttribute("height", "64");
        image.getElement().setAttribute("loading", "lazy");
        var name = new Anchor(line.path(), line.name());
        name.getElement().setAttribute("router-link", true);
        name.addClassName("cart-name");
        var unit = new Span(getTranslation("cart.unit-price", Rupiah.format(line.unitPriceIdr())));
        unit.addClassName("unit-price");

        var quantity = new IntegerField(getTranslation("cart.quantity"));
        quantity.addClassName("quantity");
        quantity.setMin(1);
        quantity.setMax(BuyBox.MAX_UNITS);
        quantity.setStepButtonsVisible(true);
        quantity.setValue(line.quantity());
        quantity.getElement().setAttribute("accessible-name", getTranslation("cart.quantity-of", line.name()));
        quantity.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() >= 1 && e.getValue() <= BuyBox.MAX_UNITS) {
                change.accept(line.sku(), e.getValue());
            }
        });
        var remove = new Button(getTranslation("cart.remove"), e -> change.accept(line.sku(), 0));
        remove.addClassName("remove");
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        remove.getElement().setAttribute("aria-label", getTranslation("cart.remove-named", line.name()));
        var amount = new Span(Rupiah.format(line.amountIdr()));
        amount.addClassName("line-amount");

        var text = new Div(name, unit);
        text.addClassName("cart-text");
        var controls = new Div(quantity, remove, amount);
        controls.addClassName("cart-controls");
        add(image, text, controls);
        if (line.problem() != Cart.Problem.NONE) {
            var problem = new Span(switch (line.problem()) {
                case SHORT -> getTranslation("cart.problem.short", line.available());
                case SOLD_OUT -> getTranslation("cart.problem.sold-out");
                case NOT_ON_SALE -> getTranslation("cart.problem.not-on-sale");
                case NONE -> "";
            });
            problem.addClassName("line-problem");
            add(problem);
            addClassName("has-problem");
        }
    }
}
