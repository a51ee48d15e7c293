package id.nttmart.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.catalog.Catalog;
import id.nttmart.search.ProductSearch;
import id.nttmart.search.SearchQuery;
import id.nttmart.search.SearchUnavailableException;

/** The home page: what the shop is, the categories, and the newest products. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    HomeView(Catalog catalog, ProductSearch search) {
        addClassName("home");
        var intro = new Div(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.lead")));
        intro.addClassName("hero");

        var categories = new Div();
        categories.addClassName("chips");
        for (var category : catalog.categories()) {
            var link = new RouterLink(category.name(getLocale()), SearchView.class);
            link.setQueryParameters(QueryParameters.of("q", category.name(getLocale())));
            categories.add(link);
        }

        var newest = new Div();
        newest.addClassName("cards");
        try {
            search.search(SearchQuery.of("", 0, 12)).hits()
                    .forEach(hit -> newest.add(new ProductCard(hit, getLocale())));
        } catch (SearchUnavailableException e) {
            newest.add(new Paragraph(getTranslation("search.unavailable")));
        }
        add(intro, section("home.categories", categories), section("home.newest", newest));
    }

    private Div section(String titleKey, Component body) {
        var section = new Div(new H2(getTranslation(titleKey)), body);
        section.addClassName("section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return "NTT Mart · " + getTranslation("home.title");
    }
}
