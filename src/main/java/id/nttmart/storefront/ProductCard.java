package id.nttmart.storefront;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import id.nttmart.platform.Rupiah;
import id.nttmart.search.SearchHit;
import java.util.Locale;

/** A product in a results list: picture, name, price, place, availability; the whole card links to its page. */
class ProductCard extends Anchor {

    ProductCard(SearchHit hit, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String name = english ? hit.nameEn() : hit.nameId();
        setHref(hit.path());
        getElement().setAttribute("router-link", true);
        addClassName("card");
        var image = new Image(hit.imagePath(), name);
        image.getElement().setAttribute("loading", "lazy");
        image.getElement().setAttribute("width", "400");
        image.getElement().setAttribute("height", "400");
        var title = new Span(name);
        title.addClassName("card-name");
        var price = new Span(Rupiah.format(hit.priceIdr()));
        price.addClassName("price");
        var place = new Span(hit.regencyName() + " · " + hit.island());
        place.addClassName("place");
        var stock = new Span(getTranslation(hit.inStock() ? "product.in-stock" : "product.out-of-stock"));
        stock.addClassName(hit.inStock() ? "in-stock" : "out-of-stock");
        add(image, title, price, place, stock);
    }
}
