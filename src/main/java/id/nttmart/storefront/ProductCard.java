package id.nttmart.storefront;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import id.nttmart.platform.Rupiah;
import id.nttmart.search.SearchHit;
import java.util.Locale;

/**
 * A product in a results list: picture, name with the searched words marked, price, place, programme and licence
 * badges, availability; the card links to its page, and a compact button below adds one unit to the cart.
 */
class ProductCard extends Div {

    ProductCard(SearchHit hit, Locale locale) {
        String name = hit.name(locale);
        var link = new Anchor(hit.path(), "");
        link.getElement().setAttribute("router-link", true);
        link.addClassName("card-link");
        addClassName("card");
        var image = new Image(hit.imagePath(), name);
        image.getElement().setAttribute("loading", "lazy");
        image.getElement().setAttribute("width", "400");
        image.getElement().setAttribute("height", "400");
        var title = MarkedText.of(hit.markedName(locale), name);
        title.addClassName("card-name");
        var price = new Span(Rupiah.format(hit.priceIdr()));
        price.addClassName("price");
        var place = new Span(hit.regencyName() + " · " + hit.island());
        place.addClassName("place");
        link.add(image, title, price, place);
        var badges = new Span();
        badges.addClassName("badges");
        if (hit.program() != null && !hit.program().isBlank()) {
            var program = new Span(hit.program());
            program.addClassNames("badge", "program");
            program.setTitle(getTranslation("program." + hit.program()));
            badges.add(program);
        }
        for (String licence : hit.licences()) {
            var badge = new Span(getTranslation("search.badge." + licence));
            badge.addClassNames("badge", "licence", "licence-" + licence.toLowerCase(Locale.ROOT));
            badge.setTitle(getTranslation("licence." + licence));
            badges.add(badge);
        }
        if (badges.getElement().getChildCount() > 0) {
            link.add(badges);
        }
        var stock = new Span(getTranslation(hit.inStock() ? "product.in-stock" : "product.out-of-stock"));
        stock.addClassName(hit.inStock() ? "in-stock" : "out-of-stock");
        link.add(stock);
        add(link, AddToCart.compactButton(hit.sku(), name, hit.inStock()));
    }
}
