package id.nttmart.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.account.InvalidTokenException;
import id.nttmart.account.PasswordReset;
import id.nttmart.account.RejectedException;
import java.util.List;
import java.util.Map;

/** The page a reset link opens: a new password, twice; then on to the login with a notice. */
@Route(PasswordReset.PATH)
@AnonymousAllowed
class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button submit = new Button();
    final Paragraph invalid = new Paragraph();

    private final PasswordReset reset;
    private String token = "";

    ResetPasswordView(PasswordReset reset) {
        this.reset = reset;
        addClassName("account-form");
        password.setLabel(getTranslation("account.reset.password"));
        password.setHelperText(getTranslation("account.field.password-help"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("account.reset.repeat"));
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        invalid.addClassName("problem");
        submit.setText(getTranslation("account.reset.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        removeAll();
        add(new H1(getTranslation("account.reset.title")));
        if (token.isBlank() || !reset.isUsable(token)) {
            showInvalid();
        } else {
            add(password, repeat, submit);
        }
    }

    void save() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("account.reset.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            reset.setPassword(token, password.getValue());
            getUI().ifPresent(ui -> ui.navigate("login",
                    new QueryParameters(Map.of("password-changed", List.of("")))));
        } catch (RejectedException e) {
            password.setErrorMessage(getTranslation("account.problem." + e.problems().iterator().next().name()));
            password.setInvalid(true);
        } catch (InvalidTokenException e) {
            removeAll();
            add(new H1(getTranslation("account.reset.title")));
            showInvalid();
        }
    }

    private void showInvalid() {
        invalid.setText(getTranslation("account.reset.invalid"));
        add(invalid, new Anchor("/lupa-sandi", getTranslation("account.reset.again")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.reset.title") + " · NTT Mart";
    }
}
