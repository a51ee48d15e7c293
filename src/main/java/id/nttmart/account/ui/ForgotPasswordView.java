package id.nttmart.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.account.Credentials;
import id.nttmart.account.PasswordReset;

/** Asks for the account's email and answers the same whether or not there is an account for it. */
@Route("lupa-sandi")
@AnonymousAllowed
class ForgotPasswordView extends Div implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button submit = new Button();
    final Paragraph notice = new Paragraph();

    private final PasswordReset reset;

    ForgotPasswordView(PasswordReset reset) {
        this.reset = reset;
        addClassName("account-form");
        email.setLabel(getTranslation("account.field.email"));
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        notice.addClassName("notice");
        notice.setVisible(false);
        submit.setText(getTranslation("account.forgot.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> send());
        add(new H1(getTranslation("account.forgot.title")), new Paragraph(getTranslation("account.forgot.lead")),
                notice, email, submit);
    }

    void send() {
        var address = Credentials.email(email.getValue());
        if (address.isEmpty()) {
            email.setErrorMessage(getTranslation("account.problem.EMAIL_INVALID"));
            email.setInvalid(true);
            return;
        }
        email.setInvalid(false);
        reset.requestLink(address.get(), getLocale());
        notice.setText(getTranslation("account.forgot.sent", address.get()));
        notice.setVisible(true);
        email.setVisible(false);
        submit.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.forgot.title") + " · NTT Mart";
    }
}
