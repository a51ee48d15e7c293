package id.nttmart.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import id.nttmart.ordering.Checkout.PickupOutlet;
import java.util.List;

/** The outlet to pick up at: those holding the whole order first, marked; the chosen one's address and hours below. */
class PickupChooser extends Div {

    final Select<PickupOutlet> outlet = new Select<>();
    private final Paragraph details = new Paragraph();

    PickupChooser(List<PickupOutlet> outlets, Runnable onChange) {
        addClassName("pickup");
        outlet.setLabel(getTranslation("checkout.outlet"));
        outlet.setItems(outlets);
        outlet.setItemLabelGenerator(o -> getTranslation(o.hasEverything() ? "checkout.outlet-all"
                : "checkout.outlet-partial", o.name(), o.regency()));
        outlet.setRequiredIndicatorVisible(true);
        outlet.setPlaceholder(getTranslation("checkout.outlet-choose"));
        outlet.addClassName("wide");
        details.addClassName("outlet-details");
        outlets.stream().filter(PickupOutlet::hasEverything).findFirst().ifPresent(outlet::setValue);
        outlet.addValueChangeListener(e -> {
            describe();
            onChange.run();
        });
        add(outlet, details);
        describe();
    }

    private void describe() {
        var chosen = outlet.getValue();
        details.setVisible(chosen != null);
        if (chosen != null) {
            details.setText(getTranslation("checkout.outlet-details", chosen.address(), chosen.openingHours()));
        }
    }
}
