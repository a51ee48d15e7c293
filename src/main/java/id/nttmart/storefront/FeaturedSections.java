package id.nttmart.storefront;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import id.nttmart.catalog.ProductListings;
import id.nttmart.curation.Featured;
import id.nttmart.region.Regions;
import java.util.List;
import java.util.Locale;

/**
 * The curators' active collections on the home and regency pages: each a heading linking to its page and its first
 * few products (a light page on phones; the collection page shows them all).
 */
final class FeaturedSections {

    static final int CARDS_PER_SECTION = 4;

    private FeaturedSections() {}

    static List<Div> of(List<Featured> collections, ProductListings listings, Regions regions, Locale locale,
            String seeAll) {
        return collections.stream().map(featured -> {
            var heading = new H2(featured.title(locale));
            var more = new Anchor(featured.path(), seeAll);
            more.getElement().setAttribute("router-link", true);
            more.addClassName("see-all");
            var cards = new Div();
            cards.addClassName("cards");
            listings.listedInOrder(featured.productIds().stream().limit(CARDS_PER_SECTION).toList())
                    .forEach(p -> cards.add(new ListingCard(p, regions.regency(p.regencyId()), locale)));
            var section = new Div(heading, more, cards);
            section.addClassNames("section", "featured");
            section.getElement().setAttribute("data-collection", featured.slug());
            return section;
        }).toList();
    }
}
