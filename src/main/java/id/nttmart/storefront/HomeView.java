package id.nttmart.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.ProductListings;
import id.nttmart.curation.Featuring;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;
import id.nttmart.search.ProductSearch;
import id.nttmart.search.SearchQuery;
import id.nttmart.search.SearchUnavailableException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The home page, below the layout's search box: what the shop is, the curators' active collections, browsing by
 * category, the newest products, and browsing by regency grouped by island. While search is down, categories lead to their PostgreSQL pages.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    HomeView(Catalog catalog, Regions regions, ProductSearch search, Featuring featuring, ProductListings listings) {
        addClassName("home");
        var intro = new Div(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.lead")));
        intro.addClassName("hero");

        var newest = new Div();
        newest.addClassName("cards");
        boolean searchUp = true;
        try {
            search.search(SearchQuery.of("", 0, 12)).hits()
                    .forEach(hit -> newest.add(new ProductCard(hit, getLocale())));
        } catch (SearchUnavailableException e) {
            searchUp = false;
            newest.add(new Paragraph(getTranslation("search.unavailable")));
        }

        var categories = new Div();
        categories.addClassName("chips");
        for (var category : catalog.categories()) {
            categories.add(link(category.name(getLocale()),
                    searchUp ? "/search?category=" + category.code() : "/kategori/" + category.code()));
        }
        add(intro);
        // The curators' collections, read on every visit so a saved collection shows at once.
        FeaturedSections.of(featuring.onHome(), listings, regions, getLocale(), getTranslation("curation.see-all"))
                .forEach(this::add);
        add(section("home.categories", categories), section("home.newest", newest),
                section("home.regencies", islands(regions)));
    }

    private Div islands(Regions regions) {
        var byIsland = regions.regencies().stream()
                .collect(Collectors.groupingBy(Regency::island, LinkedHashMap::new, Collectors.toList()));
        var islands = new Div();
        islands.addClassName("islands");
        byIsland.forEach((island, regencies) -> islands.add(island(island, regencies)));
        return islands;
    }

    private Div island(String island, List<Regency> regencies) {
        var chips = new Div();
        chips.addClassName("chips");
        regencies.forEach(r -> chips.add(link(r.name(), "/kabupaten/" + r.slug())));
        var group = new Div(new H3(island), chips);
        group.addClassName("island");
        return group;
    }

    private static Anchor link(String text, String href) {
        var link = new Anchor(href, text);
        link.getElement().setAttribute("router-link", true);
        return link;
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
