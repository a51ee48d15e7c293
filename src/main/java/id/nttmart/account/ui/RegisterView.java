package id.nttmart.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.account.Problem;
import id.nttmart.account.Registration;
import id.nttmart.account.RejectedException;
import id.nttmart.security.SessionSignIn;
import java.util.Map;

/** Registration: name, email (the future login), optional phone, password; signed in at once afterwards. */
@Route("daftar")
@AnonymousAllowed
class RegisterView extends Div implements HasDynamicTitle {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final PasswordField password = new PasswordField();
    final Paragraph problem = new Paragraph();
    final Button submit = new Button();

    private final Registration registration;
    private final SessionSignIn signIn;

    RegisterView(Registration registration, SessionSignIn signIn) {
        this.registration = registration;
        this.signIn = signIn;
        addClassName("account-form");
        name.setLabel(getTranslation("account.field.name"));
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        name.setMaxLength(100);
        email.setLabel(getTranslation("account.field.email"));
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        phone.setLabel(getTranslation("account.field.phone-optional"));
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        phone.getElement().setAttribute("inputmode", "tel");
        password.setLabel(getTranslation("account.field.password"));
        password.setHelperText(getTranslation("account.field.password-help"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        problem.addClassName("problem");
        problem.setVisible(false);
        submit.setText(getTranslation("account.register.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> register());
        add(new H1(getTranslation("account.register.title")), new Paragraph(getTranslation("account.register.lead")),
                problem, name, email, phone, password, submit,
                new Anchor("/login", getTranslation("account.register.have-account")));
    }

    void register() {
        Map<Problem, HasValidation> fields = Map.of(Problem.NAME_MISSING, name, Problem.EMAIL_INVALID, email,
                Problem.PHONE_INVALID, phone, Problem.PASSWORD_TOO_SHORT, password, Problem.PASSWORD_TOO_LONG,
                password, Problem.PASSWORD_SAME_AS_EMAIL, password);
        fields.values().forEach(f -> f.setInvalid(false));
        problem.setVisible(false);
        try {
            var profile = registration.register(name.getValue(), email.getValue(), phone.getValue(),
                    password.getValue());
            signIn.signIn(profile.username());
            getUI().ifPresent(ui -> ui.getPage().setLocation("/akun"));
        } catch (RejectedException e) {
            for (Problem p : e.problems()) {
                var field = fields.get(p);
                if (field == null) {
                    problem.setText(getTranslation("account.problem." + p.name()));
                    problem.setVisible(true);
                } else {
                    field.setErrorMessage(getTranslation("account.problem." + p.name()));
                    field.setInvalid(true);
                }
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.register.title") + " · NTT Mart";
    }
}
