package id.nttmart.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.catalog.Catalog;

/**
 * In-app navigation to an old {@code /product/{sku}} link forwards to {@code /produk/{slug}}; a full page request
 * for it gets an HTTP 301 from {@link LegacyProductLinks} instead.
 */
@Route(value = "product/:sku", layout = MainLayout.class)
@AnonymousAllowed
class LegacyProductView extends Div implements BeforeEnterObserver {

    private final Catalog catalog;

    LegacyProductView(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var product = catalog.findListedBySku(event.getRouteParameters().get("sku").orElse(""))
                .orElseThrow(NotFoundException::new);
        event.forwardTo(ProductView.class, new RouteParameters("slug", product.slug()));
    }
}
