package id.nttmart.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.catalog.ProductListings;
import id.nttmart.curation.Featured;
import id.nttmart.curation.Featuring;
import id.nttmart.region.Regions;

/** A curators' collection at {@code /koleksi/{slug}}, while it is active: its products in the curators' order. */
@Route(value = "koleksi/:slug", layout = MainLayout.class)
@AnonymousAllowed
class CollectionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Featuring featuring;
    private final ProductListings listings;
    private final Regions regions;
    private String title = "";

    CollectionView(Featuring featuring, ProductListings listings, Regions regions) {
        this.featuring = featuring;
        this.listings = listings;
        this.regions = regions;
        addClassName("collection");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Featured featured = featuring.active(event.getRouteParameters().get("slug").orElse(""))
                .orElseThrow(NotFoundException::new);
        removeAll();
        title = featured.title(getLocale());
        var cards = new Div();
        cards.addClassName("cards");
        listings.listedInOrder(featured.productIds())
                .forEach(p -> cards.add(new ListingCard(p, regions.regency(p.regencyId()), getLocale())));
        var section = new Div(cards);
        section.addClassName("section");
        add(new H1(title), section);
    }

    @Override
    public String getPageTitle() {
        return title + " · NTT Mart";
    }
}
