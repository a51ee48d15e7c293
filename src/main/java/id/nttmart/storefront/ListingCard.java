package id.nttmart.storefront;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import id.nttmart.catalog.ProductSummary;
import id.nttmart.platform.Rupiah;
import id.nttmart.region.Regency;
import java.util.Locale;

/** A product in a list read from PostgreSQL (regency, category, related): same look as a search result card, with a compact add-to-cart button below the link. */
class ListingCard extends Div {

    ListingCard(ProductSummary product, Regency regency, Locale locale) {
        String name = product.name(locale);
        var link = new Anchor(product.path(), "");
        link.getElement().setAttribute("router-link", true);
        link.addClassName("card-link");
        addClassName("card");
        var image = new Image(product.imagePath(), name);
        image.getElement().setAttribute("loading", "lazy");
        image.getElement().setAttribute("width", "400");
        image.getElement().setAttribute("height", "400");
        var title = new Span(name);
        title.addClassName("card-name");
        var price = new Span(Rupiah.format(product.priceIdr()));
        price.addClassName("price");
        var place = new Span(regency.name() + " · " + regency.island());
        place.addClassName("place");
        var stock = new Span(getTranslation(product.inStock() ? "product.in-stock" : "product.out-of-stock"));
        stock.addClassName(product.inStock() ? "in-stock" : "out-of-stock");
        link.add(image, title, price, place, stock);
        add(link, AddToCart.compactButton(product.sku(), name, product.inStock()));
    }
}
