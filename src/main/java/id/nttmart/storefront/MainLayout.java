package id.nttmart.storefront;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.nttmart.search.ProductSuggestions;

/**
 * The storefront frame: brand, search box, cart link, account links and language switch on top, the page below, a
 * short footer. {@link Layout} makes it the frame of every view that names no other (accounts, administration), so
 * modules need not depend on the storefront for it.
 */
@Layout
@AnonymousAllowed
class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final SearchBox searchBox;
    private final Main content = new Main();

    MainLayout(ProductSuggestions suggestions, AuthenticationContext authentication, CartSession cart) {
        addClassName("shop");
        var brand = new RouterLink("", HomeView.class);
        brand.add(new Span("NTT Mart"));
        brand.addClassName("brand");

        searchBox = new SearchBox(suggestions);

        var english = "en".equals(getLocale().getLanguage());
        var language = new Button(english ? "Bahasa Indonesia" : "English",
                e -> Language.switchTo(english ? Language.INDONESIAN : Language.ENGLISH));
        language.addClassName("language");
        language.getElement().setAttribute("lang", english ? "id" : "en");

        var header = new Header(brand, searchBox, new CartLink(cart), accountLinks(authentication), language);
        header.addClassName("top");

        content.addClassName("content");
        var footer = new Footer(new Span(getTranslation("footer.text")),
                new Anchor("/login", getTranslation("footer.staff")));
        footer.addClassName("bottom");
        add(header, content, footer);
    }

    /** "Account" and "Log out" for a signed-in person, "Log in" for everyone else. */
    private Div accountLinks(AuthenticationContext authentication) {
        var links = new Div();
        links.addClassName("account-links");
        if (authentication.isAuthenticated()) {
            var logout = new Button(getTranslation("account.header.logout"), e -> authentication.logout());
            logout.addClassName("logout");
            if (authentication.hasAnyRole("OUTLET_STAFF", "CURATOR", "ADMIN")) {
                links.add(new Anchor("/kantor", getTranslation("account.header.back-office")));
            }
            links.add(new Anchor("/akun", getTranslation("account.header.account")), logout);
        } else {
            links.add(new Anchor("/login", getTranslation("account.header.login")));
        }
        return links;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        searchBox.navigatedTo(event.getLocation());
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        FirstPaint.removeFrom(event.getUI());
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}
