package id.nttmart.storefront;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.catalog.ProductListings;
import id.nttmart.curation.Featuring;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;

/**
 * A regency's page at {@code /kabupaten/{slug}}: its NTT Mart outlet (address, opening hours) and its products,
 * from PostgreSQL, so it works while search is down; a link hands over to search for filtering.
 */
@Route(value = "kabupaten/:slug", layout = MainLayout.class)
@AnonymousAllowed
class RegencyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Regions regions;
    private final ProductListings listings;
    private String title = "";

    private final Featuring featuring;

    RegencyView(Regions regions, ProductListings listings, Featuring featuring) {
        this.regions = regions;
        this.listings = listings;
        this.featuring = featuring;
        addClassName("regency");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Regency regency = regions.regencies().stream().filter(r -> r.slug().equals(slug)).findFirst()
                .orElseThrow(NotFoundException::new);
        int page = Paging.page(event.getLocation().getQueryParameters());
        removeAll();
        title = regency.name();
        var where = new Paragraph(getTranslation("regency.seat", regency.seat(), regency.island()));
        where.addClassName("place");
        add(new H1(title), where);

        var outlets = new Div();
        outlets.addClassName("outlets");
        regions.outlets().stream().filter(o -> o.regencyId() == regency.id()).forEach(o -> outlets.add(outlet(o)));
        add(outlets);
        FeaturedSections.of(featuring.onRegency(regency.id()), listings, regions, getLocale(),
                getTranslation("curation.see-all")).forEach(this::add);

        long total = listings.countInRegency(regency.id());
        var heading = new H2(getTranslation("regency.products", regency.name()));
        var count = new Span(getTranslation("search.count", total));
        count.addClassName("count");
        var searchAll = new Anchor("/search?regency=" + regency.slug(), getTranslation("regency.search-all", total));
        searchAll.addClassName("see-all");
        var cards = new Div();
        cards.addClassName("cards");
        listings.inRegency(regency.id(), page * Paging.PAGE_SIZE, Paging.PAGE_SIZE)
                .forEach(p -> cards.add(new ListingCard(p, regency, getLocale())));
        var products = new Div(heading, count, searchAll, cards);
        products.addClassName("section");
        if (total == 0) {
            products.add(new Paragraph(getTranslation("regency.none")));
        } else {
            products.add(Paging.pager(this, "/kabupaten/" + regency.slug(), page, total));
        }
        add(products);
    }

    private Div outlet(Outlet outlet) {
        var name = new H2(outlet.name());
        var address = new Paragraph(outlet.address());
        address.addClassName("address");
        var hours = new Paragraph(getTranslation("regency.hours", outlet.openingHours()));
        hours.addClassName("hours");
        var card = new Div(name, address, hours);
        card.addClassName("outlet");
        return card;
    }

    @Override
    public String getPageTitle() {
        return title + " · NTT Mart";
    }
}
