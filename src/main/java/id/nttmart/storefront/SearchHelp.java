package id.nttmart.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import id.nttmart.catalog.Catalog;
import id.nttmart.region.Regions;
import id.nttmart.search.SearchFilters;
import id.nttmart.search.SearchQuery;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the search page says instead of results, so it is never blank: when nothing matches (the correction, tips,
 * browse links), when search is down, and when the address asks for something that makes no sense. The browse links
 * lead to the category and regency pages, which read PostgreSQL and so work while search is down.
 */
final class SearchHelp {

    private SearchHelp() {}

    static Div noResults(Component owner, Locale locale, SearchQuery query, @Nullable String didYouMean,
            Catalog catalog, Regions regions) {
        var help = help(owner, query.text().isEmpty() ? owner.getTranslation("search.none-all")
                : owner.getTranslation("search.none", query.text()));
        if (didYouMean != null) {
            help.add(DidYouMean.of(owner, query, didYouMean));
        }
        var tips = new UnorderedList(new ListItem(owner.getTranslation("search.tip.spelling")),
                new ListItem(owner.getTranslation("search.tip.fewer")),
                new ListItem(owner.getTranslation("search.tip.general")));
        if (!query.filters().isEmpty()) {
            var clear = SearchLinks.link(SearchLinks.href(query.withFilters(SearchFilters.NONE)));
            clear.setText(owner.getTranslation("search.tip.filters"));
            clear.addClassName("clear-filters");
            tips.add(new ListItem(clear));
        }
        tips.addClassName("tips");
        help.add(tips);
        browse(owner, locale, help, catalog, regions);
        return help;
    }

    static Div unavailable(Component owner, Locale locale, Catalog catalog, Regions regions) {
        var help = help(owner, owner.getTranslation("search.unavailable"));
        help.addClassName("unavailable");
        browse(owner, locale, help, catalog, regions);
        return help;
    }

    static Div invalid(Component owner, Locale locale, String parameter, Catalog catalog, Regions regions) {
        var help = help(owner, owner.getTranslation("search.invalid"));
        help.addClassName("invalid");
        var why = new Paragraph(owner.getTranslation("search.invalid-detail", parameter));
        why.addClassName("detail");
        var all = SearchLinks.link("/" + SearchLinks.PATH);
        all.setText(owner.getTranslation("search.invalid-restart"));
        all.addClassName("restart");
        help.add(why, new Paragraph(all));
        browse(owner, locale, help, catalog, regions);
        return help;
    }

    private static Div help(Component owner, String message) {
        var notice = new Paragraph(message);
        notice.addClassName("notice");
        var help = new Div(notice);
        help.addClassName("search-help");
        return help;
    }

    private static void browse(Component owner, Locale locale, Div help, Catalog catalog, Regions regions) {
        var categories = new Div();
        categories.addClassNames("chips", "browse-categories");
        for (var category : catalog.categories()) {
            categories.add(link(category.name(locale), "/kategori/" + category.code()));
        }
        var regencies = new Div();
        regencies.addClassNames("chips", "browse-regencies");
        for (var regency : regions.regencies()) {
            regencies.add(link(regency.name(), "/kabupaten/" + regency.slug()));
        }
        help.add(new H2(owner.getTranslation("search.browse-categories")), categories,
                new H2(owner.getTranslation("search.browse-regencies")), regencies);
    }

    private static Anchor link(String text, String href) {
        var link = SearchLinks.link(href);
        link.setText(text);
        return link;
    }
}
