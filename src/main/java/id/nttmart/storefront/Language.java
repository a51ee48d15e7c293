package id.nttmart.storefront;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The storefront speaks Indonesian by default and English on request; the choice is kept in a cookie so it
 * survives visits.
 */
@Component
class Language implements VaadinServiceInitListener {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final Locale ENGLISH = Locale.ENGLISH;
    static final String COOKIE = "nttmart-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(of(e.getRequest())));
    }

    /** The visitor's language, from the cookie; Indonesian without one (crawlers, first visits). */
    static Locale of(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
        return english ? ENGLISH : INDONESIAN;
    }

    /** Switches the visitor's language and reloads the page so that every text follows. */
    static void switchTo(Locale locale) {
        var ui = UI.getCurrent();
        VaadinSession.getCurrent().setLocale(locale);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;samesite=lax';"
                + " location.reload();", COOKIE, locale.getLanguage());
    }
}
