package id.nttmart.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import id.nttmart.catalog.Product;
import java.util.List;

/** All pictures of a product: the chosen one large, the others as thumbnails that choose it. */
class Gallery extends Div {

    Gallery(Product product, List<Integer> positions, String name) {
        addClassName("gallery");
        int first = positions.isEmpty() ? 0 : positions.getFirst();
        var main = new Image(product.imagePath(first), name);
        main.addClassName("product-image");
        main.getElement().setAttribute("width", "400");
        main.getElement().setAttribute("height", "400");
        main.getElement().setAttribute("fetchpriority", "high");
        add(main);
        if (positions.size() > 1) {
            var thumbs = new Div();
            thumbs.addClassName("thumbs");
            for (int position : positions) {
                var thumb = new Image(product.imagePath(position), name + " " + (position + 1));
                thumb.getElement().setAttribute("width", "64");
                thumb.getElement().setAttribute("height", "64");
                thumb.getElement().setAttribute("loading", "lazy");
                var choose = new NativeButton("", e -> {
                    main.setSrc(product.imagePath(position));
                    thumbs.getChildren().forEach(c -> c.removeClassName("chosen"));
                    e.getSource().addClassName("chosen");
                });
                choose.add(thumb);
                choose.setAriaLabel(name + " " + (position + 1));
                if (position == first) {
                    choose.addClassName("chosen");
                }
                thumbs.add(choose);
            }
            add(thumbs);
        }
    }
}
