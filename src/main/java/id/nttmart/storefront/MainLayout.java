package id.nttmart.storefront;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The storefront frame: brand, search box and language switch on top, the page below, a short footer. */
@AnonymousAllowed
class MainLayout extends Div implements RouterLayout {

    final TextField searchField = new TextField();
    private final Main content = new Main();

    MainLayout() {
        addClassName("shop");
        var brand = new RouterLink("", HomeView.class);
        brand.add(new Span("NTT Mart"));
        brand.addClassName("brand");

        searchField.setPlaceholder(getTranslation("search.placeholder"));
        searchField.setAriaLabel(getTranslation("search.placeholder"));
        searchField.setClearButtonVisible(true);
        searchField.addClassName("search-field");
        searchField.setMaxLength(200);
        searchField.addKeyPressListener(Key.ENTER, e -> search());
        var searchButton = new Button(getTranslation("search.button"), e -> search());
        searchButton.addClassName("search-button");

        var english = "en".equals(getLocale().getLanguage());
        var language = new Button(english ? "Bahasa Indonesia" : "English",
                e -> Language.switchTo(english ? Language.INDONESIAN : Language.ENGLISH));
        language.addClassName("language");
        language.getElement().setAttribute("lang", english ? "id" : "en");

        var bar = new Div(searchField, searchButton);
        bar.addClassName("search-bar");
        var header = new Header(brand, bar, language);
        header.addClassName("top");

        content.addClassName("content");
        var footer = new Footer(new Span(getTranslation("footer.text")),
                new Anchor("/login", getTranslation("footer.staff")));
        footer.addClassName("bottom");
        add(header, content, footer);
    }

    private void search() {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.of("q", searchField.getValue())));
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
