package id.nttmart.storefront;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;

/** A product page's quantity (1 to 99) and "add to cart" button; sold out: both disabled, and a line saying so. */
class BuyBox extends Div {

    static final int MAX_UNITS = 99;

    BuyBox(String sku, String name, int available) {
        addClassName("buy");
        var quantity = new IntegerField(getTranslation("cart.quantity"));
        quantity.addClassName("quantity");
        quantity.setMin(1);
        quantity.setMax(MAX_UNITS);
        quantity.setValue(1);
        quantity.setStepButtonsVisible(true);
        quantity.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("order.error.quantity"))
                .setMinErrorMessage(getTranslation("order.error.quantity"))
                .setMaxErrorMessage(getTranslation("order.error.quantity")));
        var add = new Button(getTranslation("product.add-to-cart"));
        add.addClassName("cart-button");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(e -> {
            Integer units = quantity.getValue();
            if (units == null || units < 1 || units > MAX_UNITS) {
                quantity.setInvalid(true);
                quantity.setErrorMessage(getTranslation("order.error.quantity"));
                quantity.focus();
            } else {
                AddToCart.add(this, sku, name, units);
            }
            add.setEnabled(true);
        });
        quantity.addKeyPressListener(Key.ENTER, e -> add.clickInClient());
        add(quantity, add);
        if (available <= 0) {
            quantity.setEnabled(false);
            add.setEnabled(false);
            var soldOut = new Span(getTranslation("cart.sold-out"));
            soldOut.addClassName("cart-note");
            add(soldOut);
        }
    }
}
