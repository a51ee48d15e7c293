package id.nttmart.administration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;
import id.nttmart.security.Role;
import id.nttmart.security.UserAdministration;
import id.nttmart.security.UserAdministration.ManagedUser;
import id.nttmart.security.UsernameTakenException;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Administrators find accounts and set their roles, outlets (staff), regencies (curators) and passwords. */
@Route("admin/pengguna")
@RolesAllowed("ADMIN")
class UsersView extends Div implements HasDynamicTitle {

    private final UserAdministration users;
    private final Regions regions;
    private final Grid<ManagedUser> grid = new Grid<>();
    private final TextField search = new TextField();

    UsersView(UserAdministration users, Regions regions) {
        this.users = users;
        this.regions = regions;
        addClassName("back-office");
        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setClearButtonVisible(true);
        var create = new Button(getTranslation("admin.users.new"), e -> edit(null));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        grid.addColumn(ManagedUser::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        grid.addColumn(ManagedUser::displayName).setHeader(getTranslation("admin.users.name")).setFlexGrow(1);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("admin.role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.users.roles")).setAutoWidth(true);
        grid.addColumn(this::where).setHeader(getTranslation("admin.users.where")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.enabled() ? "admin.users.active" : "admin.users.disabled"))
                .setHeader(getTranslation("admin.users.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setHeight("65vh");
        add(new H1(getTranslation("admin.users.title")), new Paragraph(getTranslation("admin.users.lead")),
                new Div(search, create), grid);
        refresh();
    }

    private String where(ManagedUser user) {
        var outlets = regions.outlets().stream().filter(o -> user.outletIds().contains(o.id())).map(Outlet::name);
        var regencies = regions.regencies().stream().filter(r -> user.regencyIds().contains((long) r.id()))
                .map(Regency::name);
        String all = java.util.stream.Stream.concat(outlets, regencies).collect(Collectors.joining(", "));
        return all.isEmpty() && user.roles().contains(Role.CURATOR) ? getTranslation("admin.users.province") : all;
    }

    private void refresh() {
        grid.setItems(users.search(search.getValue(), 200));
    }

    private void edit(@Nullable ManagedUser user) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(user == null ? getTranslation("admin.users.new") : user.username());
        var username = new TextField(getTranslation("admin.users.username"));
        var name = new TextField(getTranslation("admin.users.name"));
        var email = new EmailField(getTranslation("admin.users.email"));
        var password = new PasswordField(getTranslation(user == null ? "admin.users.password"
                : "admin.users.new-password"));
        password.setHelperText(getTranslation("admin.users.password-help"));
        var roles = new CheckboxGroup<Role>(getTranslation("admin.users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        var outlets = new MultiSelectComboBox<Outlet>(getTranslation("admin.users.outlets"));
        outlets.setItems(regions.outlets());
        outlets.setItemLabelGenerator(o -> o.name() + " (" + o.code() + ")");
        var regencies = new MultiSelectComboBox<Regency>(getTranslation("admin.users.regencies"));
        regencies.setItems(regions.regencies());
        regencies.setItemLabelGenerator(Regency::name);
        regencies.setHelperText(getTranslation("admin.users.regencies-help"));
        var enabled = new Checkbox(getTranslation("admin.users.active"), true);
        if (user != null) {
            username.setValue(user.username());
            username.setReadOnly(true);
            name.setValue(user.displayName());
            name.setReadOnly(true);
            email.setValue(user.email() == null ? "" : user.email());
            email.setReadOnly(true);
            roles.setValue(user.roles());
            outlets.setValue(regions.outlets().stream().filter(o -> user.outletIds().contains(o.id()))
                    .collect(Collectors.toSet()));
            regencies.setValue(regions.regencies().stream().filter(r -> user.regencyIds().contains((long) r.id()))
                    .collect(Collectors.toSet()));
            enabled.setValue(user.enabled());
        }
        var form = new FormLayout(username, name, email, password, roles, outlets, regencies, enabled);
        var save = new Button(getTranslation("admin.save"), e -> {
            Set<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(
                    roles.getValue());
            Set<Long> outletIds = outlets.getValue().stream().map(Outlet::id).collect(Collectors.toSet());
            Set<Long> regencyIds = regencies.getValue().stream().map(r -> (long) r.id()).collect(Collectors.toSet());
            try {
                if (user == null) {
                    users.create(username.getValue(), name.getValue(), email.isEmpty() ? null : email.getValue(),
                            password.getValue(), chosen, outletIds, regencyIds);
                } else {
                    users.change(user.id(), chosen, outletIds, regencyIds, enabled.getValue());
                    if (!password.isEmpty()) {
                        users.setPassword(user.id(), password.getValue());
                    }
                }
            } catch (UsernameTakenException taken) {
                username.setInvalid(true);
                username.setErrorMessage(getTranslation("admin.users.taken"));
                return;
            } catch (IllegalArgumentException | org.springframework.dao.DataIntegrityViolationException bad) {
                Notification.show(getTranslation("admin.users.invalid") + " " + message(bad), 6000,
                        Notification.Position.MIDDLE);
                return;
            }
            dialog.close();
            Notification.show(getTranslation("admin.saved"));
            refresh();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static String message(Exception e) {
        return e instanceof IllegalArgumentException ? e.getMessage() : "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " · NTT Mart";
    }
}
