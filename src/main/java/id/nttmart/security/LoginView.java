package id.nttmart.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in for staff, curators, administrators and customers with an account (customers with their email). Links to
 * registration and to the password reset; after either, a short notice says what happened.
 */
@Route("login")
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    final Paragraph notice = new Paragraph();

    LoginView() {
        addClassName("login");
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("account.login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("lupa-sandi")));
        form.setAction("login");
        notice.addClassName("notice");
        notice.setVisible(false);
        add(notice, form, new Anchor("/daftar", getTranslation("account.login.register")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        String message = parameters.containsKey("password-changed") ? "account.login.password-changed"
                : parameters.containsKey("registered") ? "account.login.registered" : null;
        notice.setVisible(message != null);
        notice.setText(message == null ? "" : getTranslation(message));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · NTT Mart";
    }
}
