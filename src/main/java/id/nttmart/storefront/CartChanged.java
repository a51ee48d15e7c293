package id.nttmart.storefront;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the cart's contents change, so the header's count follows without a reload. */
class CartChanged extends ComponentEvent<UI> {

    private final int units;

    CartChanged(UI ui, int units) {
        super(ui, false);
        this.units = units;
    }

    int units() {
        return units;
    }

    static void fire(UI ui, int units) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new CartChanged(ui, units));
    }
}
