package id.nttmart.storefront;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.catalog.Catalog;
import id.nttmart.region.Regions;
import id.nttmart.search.FacetLabels;
import id.nttmart.search.InvalidSearchException;
import id.nttmart.search.ProductSearch;
import id.nttmart.search.SearchPage;
import id.nttmart.search.SearchParameters;
import id.nttmart.search.SearchQuery;
import id.nttmart.search.SearchSort;
import id.nttmart.search.SearchUnavailableException;
import org.jspecify.annotations.Nullable;

/**
 * Search results for {@code /search?q=...&category=...&sort=...}: the address holds the whole search (shareable, the
 * back button works), facets narrow it, "load more" appends the next page by cursor. The view keeps only the query
 * and the cursor between requests, not the pages already shown.
 */
@Route(value = SearchLinks.PATH, layout = MainLayout.class)
@AnonymousAllowed
class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 24;

    private final ProductSearch search;
    private final SearchParameters parameters;
    private final FacetLabels labels;
    private final Catalog catalog;
    private final Regions regions;
    private String title = "";
    private @Nullable SearchQuery query;
    private @Nullable String next;
    private final Div cards = new Div();
    private final Button more = new Button();
    private final Paragraph moreError = new Paragraph();

    SearchView(ProductSearch search, SearchParameters parameters, FacetLabels labels, Catalog catalog,
            Regions regions) {
        this.search = search;
        this.parameters = parameters;
        this.labels = labels;
        this.catalog = catalog;
        this.regions = regions;
        addClassName("results");
        cards.addClassName("cards");
        more.addClassName("load-more");
        more.addClickListener(e -> loadMore());
        moreError.addClassName("notice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        cards.removeAll();
        query = null;
        next = null;
        var asked = SearchLinks.single(event.getLocation().getQueryParameters());
        asked.remove("after");
        asked.remove("size");
        SearchQuery parsed;
        try {
            parsed = parameters.parse(asked);
        } catch (InvalidSearchException e) {
            title = getTranslation("search.all");
            add(new H1(title), SearchHelp.invalid(this, getLocale(), e.parameter(), catalog, regions));
            return;
        }
        var current = new SearchQuery(parsed.text(), parsed.filters(), parsed.sort(), parsed.page(), PAGE_SIZE,
                null);
        query = current;
        title = current.isBlank() ? getTranslation("search.all") : getTranslation("search.title", current.text());
        add(new H1(title));
        try {
            show(search.search(current));
        } catch (SearchUnavailableException e) {
            add(SearchHelp.unavailable(this, getLocale(), catalog, regions));
        }
    }

    private void show(SearchPage page) {
        SearchQuery current = page.query();
        if (page.hits().isEmpty()) {
            if (!current.filters().isEmpty()) {
                add(FilterChips.of(this, getLocale(), current, labels));
            }
            add(SearchHelp.noResults(this, getLocale(), current, page.didYouMean(), catalog, regions));
            return;
        }
        var facets = new FacetPanel(page, labels, this::navigate);
        var main = new Div(resultBar(page, facets), FilterChips.of(this, getLocale(), current, labels));
        main.addClassName("search-main");
        if (page.didYouMean() != null) {
            main.add(DidYouMean.of(this, current, page.didYouMean()));
        }
        if (page.relaxed()) {
            var relaxed = new Paragraph(getTranslation("search.relaxed"));
            relaxed.addClassNames("notice", "relaxed");
            main.add(relaxed);
        }
        page.hits().forEach(hit -> cards.add(new ProductCard(hit, getLocale())));
        next = page.next();
        more.setText(getTranslation("search.more"));
        more.setVisible(next != null);
        moreError.setVisible(false);
        main.add(cards, more, moreError);
        var layout = new Div(facets, main);
        layout.addClassName("search-layout");
        add(layout);
    }

    private Div resultBar(SearchPage page, FacetPanel facets) {
        var count = new Span(getTranslation("search.count", page.total()));
        count.addClassName("count");
        int active = SearchLinks.activeCount(page.query().filters());
        var filter = new Button(active == 0 ? getTranslation("search.filter")
                : getTranslation("search.filter-count", active), e -> facets.open());
        filter.addClassName("filter-toggle");
        var sort = new Select<SearchSort>();
        sort.addClassName("sort");
        sort.setAriaLabel(getTranslation("search.sort"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.param()));
        sort.setValue(page.query().sort());
        sort.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(page.query().withSort(e.getValue()));
            }
        });
        var bar = new Div(count, filter, sort);
        bar.addClassName("result-bar");
        return bar;
    }

    private void loadMore() {
        SearchQuery current = query;
        if (current == null || next == null) {
            more.setVisible(false);
            return;
        }
        try {
            var page = search.search(current.after(next));
            page.hits().forEach(hit -> cards.add(new ProductCard(hit, getLocale())));
            next = page.next();
            more.setVisible(next != null);
            moreError.setVisible(false);
        } catch (SearchUnavailableException e) {
            moreError.setText(getTranslation("search.unavailable-more"));
            moreError.setVisible(true);
        }
    }

    private void navigate(SearchQuery target) {
        UI.getCurrent().navigate(SearchView.class, SearchLinks.parameters(target));
    }

    @Override
    public String getPageTitle() {
        return title + " · NTT Mart";
    }
}
