package id.nttmart.storefront;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.account.SavedAddress;
import id.nttmart.ordering.Buyer;
import id.nttmart.ordering.Cart;
import id.nttmart.ordering.Checkout;
import id.nttmart.ordering.DeliveryChoice;
import id.nttmart.ordering.FieldError;
import id.nttmart.ordering.PlaceOrder;
import id.nttmart.ordering.PlaceResult;
import id.nttmart.platform.PublicUrl;
import id.nttmart.platform.Rupiah;
import id.nttmart.region.Regions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.TransientDataAccessException;

/**
 * Checkout at {@code /checkout}: contact, pickup at an outlet or shipping to an address, the age check for restricted
 * goods, and a summary re-quoted whenever the delivery changes. "Pay" places the order (stock held) and sends the
 * browser to the payment page; what the checkout refuses is shown on its field and in a summary.
 */
@Route(value = "checkout", layout = MainLayout.class)
@AnonymousAllowed
class CheckoutView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String SHIP = "SHIP";
    static final String PICKUP = "PICKUP";

    private final CartSession session;
    private final Checkout checkout;
    private final Regions regions;
    private final PublicUrl publicUrl;
    private final Customer customer;
    private final CurrencyHint currency;

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    final Checkbox age = new Checkbox();
    final Button pay = new Button();
    private final Div errors = new Div();
    private final Div deliveryBox = new Div();
    private @Nullable AddressForm address;
    private @Nullable Select<SavedAddress> savedAddresses;
    private @Nullable PickupChooser pickup;
    private @Nullable QuotePanel quote;
    private Cart cart = new Cart(new java.util.UUID(0, 0), List.of());
    private boolean placing;

    CheckoutView(CartSession session, Checkout checkout, Regions regions, PublicUrl publicUrl, Customer customer,
            CurrencyHint currency) {
        this.session = session;
        this.checkout = checkout;
        this.regions = regions;
        this.publicUrl = publicUrl;
        this.customer = customer;
        this.currency = currency;
        addClassName("checkout");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cart = session.cart(getLocale());
        if (!cart.ready()) {
            event.forwardTo(CartView.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        var form = new Div(contact(), delivery());
        form.addClassName("checkout-form");
        if (cart.restricted()) {
            age.setLabel(getTranslation("checkout.age"));
            age.addClassName("age");
            var note = new Paragraph(getTranslation("checkout.restricted"));
            note.addClassName("notice");
            form.add(note, age);
        }
        quote = new QuotePanel(currency);
        pay.setText(getTranslation("checkout.pay-plain"));
        pay.addClassName("pay-button");
        pay.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        pay.setDisableOnClick(true);
        pay.addClickListener(e -> place());
        errors.addClassName("errors");
        errors.getElement().setAttribute("role", "alert");
        errors.setVisible(false);
        var side = new Div(quote, errors, pay);
        side.addClassName("checkout-side");
        var layout = new Div(form, side);
        layout.addClassName("checkout-layout");
        add(new H1(getTranslation("checkout.title")), layout);
        requote();
    }

    private Div contact() {
        name.setLabel(getTranslation("checkout.name"));
        name.setAutocomplete(Autocomplete.NAME);
        name.setRequired(true);
        email.setLabel(getTranslation("checkout.email"));
        email.setRequired(true);
        email.setHelperText(getTranslation("checkout.email-help"));
        phone.setLabel(getTranslation("checkout.phone"));
        phone.setAutocomplete(Autocomplete.TEL);
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setRequired(true);
        customer.contact().ifPresent(c -> {
            name.setValue(c.name());
            email.setValue(c.email());
            phone.setValue(c.phone());
        });
        var box = new Div(new H2(getTranslation("checkout.contact")), name, email, phone);
        box.addClassNames("form-section", "contact");
        return box;
    }

    private Div delivery() {
        mode.setLabel(getTranslation("checkout.delivery-how"));
        mode.setItems(SHIP, PICKUP);
        mode.setItemLabelGenerator(m -> getTranslation("checkout.mode." + m));
        mode.setValue(SHIP);
        mode.addValueChangeListener(e -> showDelivery());
        deliveryBox.addClassName("delivery-choice");
        var box = new Div(new H2(getTranslation("checkout.delivery")), mode, deliveryBox);
        box.addClassNames("form-section", "delivery");
        showDelivery();
        return box;
    }

    private void showDelivery() {
        deliveryBox.removeAll();
        if (PICKUP.equals(mode.getValue())) {
            if (pickup == null) {
                pickup = new PickupChooser(checkout.pickupOutlets(cart.orderLines()), this::requote);
            }
            deliveryBox.add(pickup);
        } else {
            if (address == null) {
                address = new AddressForm(regions.regencies(), this::requote);
                var saved = customer.savedAddresses();
                if (!saved.isEmpty()) {
                    savedAddresses = savedChooser(saved, address);
                    address.fill(saved.getFirst().address());
                } else {
                    address.recipient.setValue(name.getValue());
                    address.phone.setValue(phone.getValue());
                }
            }
            if (savedAddresses != null) {
                deliveryBox.add(savedAddresses);
            }
            deliveryBox.add(address);
        }
        requote();
    }

    /** A signed-in customer's saved addresses: choosing one fills the form (the default is filled already). */
    private Select<SavedAddress> savedChooser(List<SavedAddress> saved, AddressForm form) {
        var chooser = new Select<SavedAddress>();
        chooser.setLabel(getTranslation("checkout.saved-address"));
        chooser.setItems(saved);
        chooser.setItemLabelGenerator(a -> a.label() + " · " + a.address().street() + ", " + a.address().city());
        chooser.setValue(saved.getFirst());
        chooser.addClassNames("saved-addresses", "wide");
        chooser.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                form.fill(e.getValue().address());
            }
        });
        return chooser;
    }

    private @Nullable DeliveryChoice choice() {
        if (PICKUP.equals(mode.getValue())) {
            return pickup == null || pickup.outlet.getValue() == null ? null
                    : new DeliveryChoice.Pickup(pickup.outlet.getValue().code());
        }
        return address == null ? null : new DeliveryChoice.Ship(address.address());
    }

    /** Re-prices the order for the delivery as it stands; holds nothing. */
    private void requote() {
        if (quote == null) {
            return;
        }
        var choice = choice();
        if (choice == null) {
            quote.waiting(cart.subtotalIdr(), getTranslation("checkout.choose-outlet"));
            payLabel(null);
            return;
        }
        switch (checkout.quote(cart.orderLines(), choice, getLocale())) {
            case Checkout.QuoteResult.Quoted quoted -> {
                quote.show(quoted.quote(), names());
                payLabel(quoted.quote().totalIdr());
            }
            case Checkout.QuoteResult.Invalid invalid -> {
                quote.waiting(cart.subtotalIdr(), getTranslation(choice instanceof DeliveryChoice.Pickup
                        ? "checkout.choose-outlet" : "checkout.choose-place"));
                payLabel(null);
            }
        }
    }

    private void payLabel(@Nullable Long total) {
        pay.setText(total == null ? getTranslation("checkout.pay-plain")
                : getTranslation("checkout.pay", Rupiah.format(total)));
    }

    private Map<String, String> names() {
        return cart.lines().stream().collect(Collectors.toMap(Cart.Line::sku, Cart.Line::name, (a, b) -> a));
    }

    private void place() {
        if (placing) {
            return;
        }
        placing = true;
        try {
            clearErrors();
            var choice = choice();
            if (choice == null) {
                showErrors(List.of(new FieldError("delivery.outlet", "order.error.outlet", "")));
                return;
            }
            var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
            var order = new PlaceOrder(cart.orderLines(), choice,
                    new Buyer(name.getValue(), email.getValue(), phone.getValue()), age.getValue(), getLocale(),
                    customer.id().isPresent() ? customer.id().getAsLong() : null, publicUrl.base(request));
            switch (checkout.place(order)) {
                case PlaceResult.Placed placed -> {
                    session.carts().clear(cart.id());
                    CartChanged.fire(UI.getCurrent(), 0);
                    UI.getCurrent().getPage().setLocation(placed.paymentPath());
                    return;
                }
                case PlaceResult.Invalid invalid -> showErrors(invalid.errors());
                case PlaceResult.Short shortLines -> {
                    errors.removeAll();
                    errors.add(quote == null ? new Div() : quote.shortLines(shortLines.lines(), names()),
                            new Anchor(CartView.PATH, getTranslation("checkout.back-to-cart")));
                    errors.setVisible(true);
                }
            }
            pay.setEnabled(true);
        } catch (TransientDataAccessException busy) {
            // A queue of holds or the database too busy this moment (ReservationGate); the buyer may try again.
            errors.removeAll();
            errors.add(new Div(getTranslation("checkout.busy")));
            errors.setVisible(true);
            pay.setEnabled(true);
        } finally {
            placing = false;
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("buyer.name", name, "buyer.email", email,
                "buyer.phone", phone, "age_confirmed", age, "delivery", mode));
        if (address != null && SHIP.equals(mode.getValue())) {
            fields.putAll(address.fields());
        }
        if (pickup != null && PICKUP.equals(mode.getValue())) {
            fields.put("delivery.outlet", pickup.outlet);
        }
        return fields;
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
        errors.removeAll();
        errors.setVisible(false);
    }

    /** Each error on its field, and all of them in a list above the button (the first field gets the focus). */
    private void showErrors(List<FieldError> found) {
        var fields = fields();
        var list = new UnorderedList();
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldError error : found) {
            String message = getTranslation(error.key());
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            String label = field instanceof com.vaadin.flow.component.HasLabel labelled
                    && labelled.getLabel() != null ? labelled.getLabel() + ": " : "";
            shown.putIfAbsent(label + message, error.field());
        }
        shown.keySet().forEach(text -> list.add(new ListItem(text)));
        errors.add(new Paragraph(getTranslation("checkout.errors")), list);
        errors.setVisible(true);
        found.stream().map(e -> fields.get(e.field())).filter(f -> f instanceof com.vaadin.flow.component.Focusable<?>)
                .findFirst().ifPresent(f -> ((com.vaadin.flow.component.Focusable<?>) f).focus());
        pay.setEnabled(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkout.title") + " · NTT Mart";
    }
}
