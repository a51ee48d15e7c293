package id.nttmart.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nttmart.account.CurrentCustomer;
import id.nttmart.account.CustomerProfile;
import id.nttmart.account.SavedAddress;
import id.nttmart.account.SavedAddresses;
import id.nttmart.ordering.Orders;
import id.nttmart.region.Regions;
import jakarta.annotation.security.PermitAll;

/** The signed-in person's page: their profile, their orders, and saved delivery addresses (add, make default, remove). */
@Route("akun")
@PermitAll
class AccountView extends Div implements HasDynamicTitle {

    final Div addressList = new Div();
    final Button add = new Button();
    private final SavedAddresses addresses;
    private final Regions regions;
    private final CustomerProfile customer;
    private final Div formHolder = new Div();

    AccountView(CurrentCustomer current, SavedAddresses addresses, Regions regions, Orders orders) {
        this.addresses = addresses;
        this.regions = regions;
        this.customer = current.get().orElseThrow(() -> new IllegalStateException("No one is signed in"));
        addClassName("account-page");

        var profile = new DescriptionList();
        profile.add(new DescriptionList.Term(getTranslation("account.field.name")),
                new DescriptionList.Description(customer.name()),
                new DescriptionList.Term(getTranslation("account.field.email")),
                new DescriptionList.Description(customer.email() == null ? customer.username() : customer.email()),
                new DescriptionList.Term(getTranslation("account.field.phone")),
                new DescriptionList.Description(customer.phone() == null ? "–" : customer.phone()));
        profile.addClassName("profile");

        addressList.addClassName("addresses");
        add.setText(getTranslation("account.address.add"));
        add.addClickListener(e -> openForm());
        add(new H1(getTranslation("account.page.title")),
                new Section(new H2(getTranslation("account.profile")), profile),
                new Section(new H2(getTranslation("account.orders")), new MyOrders(orders, customer.id())),
                new Section(new H2(getTranslation("account.addresses")), addressList, formHolder, add),
                new Section(new H2(getTranslation("asn.account.title")), new Paragraph(new com.vaadin.flow.component
                        .html.Anchor("/asn", getTranslation("asn.account.link")))));
        showAddresses();
    }

    private void showAddresses() {
        addressList.removeAll();
        var saved = addresses.list(customer.id());
        if (saved.isEmpty()) {
            addressList.add(new Paragraph(getTranslation("account.addresses.none")));
        }
        saved.forEach(a -> addressList.add(card(a)));
    }

    private Div card(SavedAddress saved) {
        var title = new Paragraph(new Span(saved.label()));
        title.addClassName("address-label");
        if (saved.isDefault()) {
            var badge = new Span(getTranslation("account.address.default"));
            badge.addClassName("badge");
            title.add(badge);
        }
        var text = new Paragraph(saved.address().formatted() + "\n" + saved.address().phone());
        var remove = new Button(getTranslation("account.address.remove"), e -> {
            addresses.remove(customer.id(), saved.id());
            Notification.show(getTranslation("account.address.removed"));
            showAddresses();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        var card = new Div(title, text);
        if (!saved.isDefault()) {
            var makeDefault = new Button(getTranslation("account.address.make-default"), e -> {
                addresses.makeDefault(customer.id(), saved.id());
                showAddresses();
            });
            makeDefault.addThemeVariants(ButtonVariant.TERTIARY);
            card.add(makeDefault);
        }
        card.add(remove);
        card.addClassName("saved-address");
        return card;
    }

    private void openForm() {
        var form = new AddressForm(regions);
        var save = new Button(getTranslation("account.address.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("account.address.cancel"), e -> closeForm());
        save.addClickListener(e -> form.read().ifPresent(address -> {
            addresses.save(customer.id(), address, form.label.getValue(), form.makeDefault.getValue());
            Notification.show(getTranslation("account.address.saved"));
            closeForm();
            showAddresses();
        }));
        formHolder.removeAll();
        formHolder.add(form, new Div(save, cancel));
        add.setVisible(false);
    }

    private void closeForm() {
        formHolder.removeAll();
        add.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.page.title") + " · NTT Mart";
    }
}
