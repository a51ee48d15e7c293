package id.nttmart.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.catalog.Catalog;
import id.nttmart.search.ProductSearch;
import id.nttmart.search.SearchPage;
import id.nttmart.search.SearchQuery;
import id.nttmart.search.SearchUnavailableException;
import java.util.Map;

/** Search results for {@code /search?q=...&page=...}. */
@Route(value = "search", layout = MainLayout.class)
@AnonymousAllowed
class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 24;

    private final ProductSearch search;
    private final Catalog catalog;
    private String title = "";

    SearchView(ProductSearch search, Catalog catalog) {
        this.search = search;
        this.catalog = catalog;
        addClassName("results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        String text = parameters.getSingleParameter("q").orElse("");
        int page = parameters.getSingleParameter("page").map(SearchView::pageNumber).orElse(1) - 1;
        var query = SearchQuery.of(text, page, PAGE_SIZE);
        removeAll();
        title = query.isBlank() ? getTranslation("search.all") : getTranslation("search.title", query.text());
        add(new H1(title));
        try {
            show(search.search(query));
        } catch (SearchUnavailableException e) {
            var message = new Paragraph(getTranslation("search.unavailable"));
            message.addClassName("notice");
            add(message, suggestions());
        }
    }

    private void show(SearchPage page) {
        if (page.hits().isEmpty()) {
            var none = new Paragraph(getTranslation("search.none", page.query().text()));
            none.addClassName("notice");
            add(none, suggestions());
            return;
        }
        var count = new Span(getTranslation("search.count", page.total()));
        count.addClassName("count");
        var cards = new Div();
        cards.addClassName("cards");
        page.hits().forEach(hit -> cards.add(new ProductCard(hit, getLocale())));
        add(count, cards, pager(page));
    }

    private Div pager(SearchPage page) {
        var pager = new Div();
        pager.addClassName("pager");
        int current = page.query().page() + 1;
        if (current > 1) {
            pager.add(pageLink(page.query().text(), current - 1, getTranslation("search.previous")));
        }
        pager.add(new Span(getTranslation("search.page", current, Math.max(1, page.pageCount()))));
        if (current < page.pageCount()) {
            pager.add(pageLink(page.query().text(), current + 1, getTranslation("search.next")));
        }
        return pager;
    }

    private static RouterLink pageLink(String text, int page, String label) {
        var link = new RouterLink(label, SearchView.class);
        link.setQueryParameters(QueryParameters.simple(Map.of("q", text, "page", Integer.toString(page))));
        return link;
    }

    /** Never a blank page: when nothing matches, offer the categories. */
    private Div suggestions() {
        var chips = new Div();
        chips.addClassName("chips");
        for (var category : catalog.categories()) {
            var link = new RouterLink(category.name(getLocale()), SearchView.class);
            link.setQueryParameters(QueryParameters.of("q", category.name(getLocale())));
            chips.add(link);
        }
        return new Div(new Paragraph(getTranslation("search.try-categories")), chips);
    }

    private static int pageNumber(String value) {
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · NTT Mart";
    }
}
