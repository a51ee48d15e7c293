package id.nttmart.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.nttmart.search.FacetLabels;
import id.nttmart.search.SearchFilters;
import id.nttmart.search.SearchQuery;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The filters that are on, above the results, each a chip that links to the results without it. */
final class FilterChips {

    private FilterChips() {}

    static Div of(Component owner, Locale locale, SearchQuery query, FacetLabels labels) {
        var chips = new Div();
        chips.addClassNames("chips", "active-filters");
        SearchFilters f = query.filters();
        chip(owner, chips, query, "category", f.category(), labels.label("category", nn(f.category()), locale),
                f.withCategory(null));
        chip(owner, chips, query, "regency", f.regency(), labels.label("regency", nn(f.regency()), locale),
                f.withRegency(null));
        chip(owner, chips, query, "island", f.island(), nn(f.island()), f.withIsland(null));
        chip(owner, chips, query, "program", f.program(), owner.getTranslation("program." + f.program()),
                f.withProgram(null));
        chip(owner, chips, query, "licence", f.licence(), owner.getTranslation("licence." + f.licence()),
                f.withLicence(null));
        String price = SearchLinks.priceKey(f);
        chip(owner, chips, query, "price", price, price == null ? "" : labels.label("price", price, locale),
                f.withPrice(null, null));
        chip(owner, chips, query, "in-stock", f.inStock() ? "true" : null,
                owner.getTranslation("search.chip.in-stock"), f.withInStock(false));
        if (SearchLinks.activeCount(f) > 1) {
            var all = SearchLinks.link(SearchLinks.href(query, SearchFilters.NONE));
            all.setText(owner.getTranslation("search.chip.clear-all"));
            all.addClassName("clear-all");
            chips.add(all);
        }
        return chips;
    }

    private static void chip(Component owner, Div chips, SearchQuery query, String facet, @Nullable String value,
            String label, SearchFilters without) {
        if (value == null) {
            return;
        }
        var link = SearchLinks.link(SearchLinks.href(query, without));
        var remove = new Span("×");
        remove.addClassName("remove");
        remove.getElement().setAttribute("aria-hidden", "true");
        link.add(new Span(label), remove);
        link.addClassName("filter-chip");
        link.getElement().setAttribute("data-facet", facet);
        link.getElement().setAttribute("aria-label", owner.getTranslation("search.chip.remove", label));
        chips.add(link);
    }

    private static String nn(@Nullable String value) {
        return value == null ? "" : value;
    }
}
