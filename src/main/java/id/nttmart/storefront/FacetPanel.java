package id.nttmart.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import id.nttmart.search.FacetLabels;
import id.nttmart.search.SearchFilters;
import id.nttmart.search.SearchPage;
import id.nttmart.search.SearchPage.FacetValue;
import id.nttmart.search.SearchQuery;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The facets with their counts: a side column on wide screens, a full-screen panel behind the "Filter" button on
 * phones (CSS decides which; the panel opens with the class {@code open}). Each value is a link to the results
 * narrowed by it; the chosen value links back to the results without it.
 */
class FacetPanel extends Aside {

    private record Facet(String name, Function<SearchFilters, String> chosen,
            BiFunction<SearchFilters, String, SearchFilters> choose) {}

    private static final List<Facet> FACETS = List.of(
            new Facet("category", SearchFilters::category, SearchFilters::withCategory),
            new Facet("price", SearchLinks::priceKey, SearchLinks::withPriceRange),
            new Facet("island", SearchFilters::island, SearchFilters::withIsland),
            new Facet("regency", SearchFilters::regency, SearchFilters::withRegency),
            new Facet("program", SearchFilters::program, SearchFilters::withProgram),
            new Facet("licence", SearchFilters::licence, SearchFilters::withLicence));

    FacetPanel(SearchPage page, FacetLabels labels, Consumer<SearchQuery> navigate) {
        addClassName("facets");
        getElement().setAttribute("aria-label", getTranslation("search.filter"));
        var close = new Button(getTranslation("search.filter-close"), e -> close());
        close.addClassName("facets-close");
        close.addThemeVariants(ButtonVariant.TERTIARY);
        var head = new Div(new H2(getTranslation("search.filter")), close);
        head.addClassName("facets-head");
        add(head);

        SearchQuery query = page.query();
        SearchFilters filters = query.filters();
        long inStockCount = page.facet("in_stock").stream().mapToLong(FacetValue::count).sum();
        var inStock = new Checkbox(getTranslation("search.facet.in-stock", inStockCount), filters.inStock());
        inStock.addClassName("in-stock-toggle");
        inStock.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate.accept(query.withFilters(filters.withInStock(e.getValue())));
            }
        });
        add(inStock);

        for (Facet facet : FACETS) {
            String chosen = facet.chosen().apply(filters);
            var values = page.facet(facet.name()).stream()
                    .filter(v -> v.count() > 0 || v.value().equals(chosen)).toList();
            if (values.isEmpty()) {
                continue;
            }
            var list = new Div();
            list.addClassName("facet-values");
            for (FacetValue value : values) {
                boolean selected = value.value().equals(chosen);
                var link = SearchLinks.link(SearchLinks.href(query,
                        facet.choose().apply(filters, selected ? null : value.value())));
                var label = new Span(label(labels, facet.name(), value.value()));
                label.addClassName("facet-label");
                var count = new Span(Long.toString(value.count()));
                count.addClassName("facet-count");
                link.add(label, count);
                link.addClassName("facet-value");
                link.getElement().setAttribute("data-facet", facet.name());
                link.getElement().setAttribute("data-value", value.value());
                if (selected) {
                    link.addClassName("selected");
                    link.getElement().setAttribute("aria-current", "true");
                }
                list.add(link);
            }
            var group = new NativeDetails(getTranslation("search.facet." + facet.name()), list);
            group.setOpen(true);
            group.addClassName("facet");
            group.getElement().setAttribute("data-facet", facet.name());
            add(group);
        }

        var show = new Button(getTranslation("search.filter-show", page.total()), e -> close());
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.addClassName("facets-show");
        add(show);
    }

    /** What a facet value is called: names from the catalogue and regions, programmes and licences translated. */
    String label(FacetLabels labels, String facet, String value) {
        return switch (facet) {
            case "program" -> getTranslation("program." + value);
            case "licence" -> getTranslation("licence." + value);
            default -> labels.label(facet, value, getLocale());
        };
    }

    static boolean hasAny(SearchPage page) {
        return FACETS.stream().flatMap(f -> page.facet(f.name()).stream()).anyMatch(v -> v.count() > 0);
    }

    void open() {
        addClassName("open");
    }

    void close() {
        removeClassName("open");
    }
}
