package id.nttmart.storefront;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.ProductListings;
import id.nttmart.region.Regions;

/** A category's listed products at {@code /kategori/{code}}, paged, from PostgreSQL (works while search is down). */
@Route(value = "kategori/:code", layout = MainLayout.class)
@AnonymousAllowed
class CategoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final ProductListings listings;
    private final Regions regions;
    private String title = "";

    CategoryView(Catalog catalog, ProductListings listings, Regions regions) {
        this.catalog = catalog;
        this.listings = listings;
        this.regions = regions;
        addClassName("category");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var category = catalog.category(event.getRouteParameters().get("code").orElse(""))
                .orElseThrow(NotFoundException::new);
        int page = Paging.page(event.getLocation().getQueryParameters());
        removeAll();
        title = category.name(getLocale());
        long total = listings.countInCategory(category.code());
        var count = new Span(getTranslation("search.count", total));
        count.addClassName("count");
        var filter = new Anchor("/search?category=" + category.code(), getTranslation("category.search"));
        filter.addClassName("see-all");
        var cards = new Div();
        cards.addClassName("cards");
        listings.inCategory(category.code(), page * Paging.PAGE_SIZE, Paging.PAGE_SIZE).forEach(p ->
                cards.add(new ListingCard(p, regions.regency(p.regencyId()), getLocale())));
        add(new H1(title), count, filter, cards);
        if (total == 0) {
            add(new Paragraph(getTranslation("category.none")));
        } else {
            add(Paging.pager(this, "/kategori/" + category.code(), page, total));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · NTT Mart";
    }
}
