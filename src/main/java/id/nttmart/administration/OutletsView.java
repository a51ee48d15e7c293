package id.nttmart.administration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nttmart.region.Outlet;
import id.nttmart.region.OutletAdministration;
import id.nttmart.region.OutletAdministration.OutletDetails;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Administrators open outlets and correct their names, addresses, places and opening hours. */
@Route("admin/gerai")
@RolesAllowed("ADMIN")
class OutletsView extends Div implements HasDynamicTitle {

    private final OutletAdministration outlets;
    private final Regions regions;
    private final Grid<Outlet> grid = new Grid<>();

    OutletsView(OutletAdministration outlets, Regions regions) {
        this.outlets = outlets;
        this.regions = regions;
        addClassName("back-office");
        grid.addColumn(Outlet::code).setHeader(getTranslation("admin.outlets.code")).setAutoWidth(true);
        grid.addColumn(Outlet::name).setHeader(getTranslation("admin.outlets.name")).setFlexGrow(1);
        grid.addColumn(o -> regions.regency(o.regencyId()).name()).setHeader(getTranslation("admin.outlets.regency"))
                .setAutoWidth(true);
        grid.addColumn(Outlet::address).setHeader(getTranslation("admin.outlets.address")).setFlexGrow(2);
        grid.addColumn(Outlet::openingHours).setHeader(getTranslation("admin.outlets.hours")).setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setHeight("65vh");
        var open = new Button(getTranslation("admin.outlets.new"), e -> edit(null));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("admin.outlets.title")), open, grid);
        grid.setItems(regions.outlets());
    }

    private void edit(@Nullable Outlet outlet) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(outlet == null ? getTranslation("admin.outlets.new") : outlet.code());
        var code = new TextField(getTranslation("admin.outlets.code"));
        var name = new TextField(getTranslation("admin.outlets.name"));
        var regency = new ComboBox<Regency>(getTranslation("admin.outlets.regency"), regions.regencies());
        regency.setItemLabelGenerator(Regency::name);
        var address = new TextField(getTranslation("admin.outlets.address"));
        var latitude = new NumberField(getTranslation("admin.outlets.latitude"));
        var longitude = new NumberField(getTranslation("admin.outlets.longitude"));
        var hours = new TextField(getTranslation("admin.outlets.hours"));
        if (outlet != null) {
            code.setValue(outlet.code());
            code.setReadOnly(true);
            name.setValue(outlet.name());
            regency.setValue(regions.regency(outlet.regencyId()));
            address.setValue(outlet.address());
            latitude.setValue(outlet.latitude());
            longitude.setValue(outlet.longitude());
            hours.setValue(outlet.openingHours());
        }
        var save = new Button(getTranslation("admin.save"), e -> {
            if (regency.isEmpty() || latitude.isEmpty() || longitude.isEmpty()) {
                Notification.show(getTranslation("admin.outlets.incomplete"), 5000, Notification.Position.MIDDLE);
                return;
            }
            var details = new OutletDetails(name.getValue(), regency.getValue().id(), address.getValue(),
                    latitude.getValue(), longitude.getValue(), hours.getValue());
            try {
                if (outlet == null) {
                    outlets.open(code.getValue(), details);
                } else {
                    outlets.change(outlet.id(), details);
                }
            } catch (IllegalArgumentException bad) {
                Notification.show(getTranslation("admin.outlets.invalid") + " " + bad.getMessage(), 6000,
                        Notification.Position.MIDDLE);
                return;
            }
            dialog.close();
            Notification.show(getTranslation("admin.saved"));
            grid.setItems(regions.outlets());
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(code, name, regency, address, latitude, longitude, hours));
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.outlets.title") + " · NTT Mart";
    }
}
