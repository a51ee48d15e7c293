package id.nttmart.storefront;

import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.Product;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** The product pages' old addresses {@code /product/{sku}} move permanently to {@code /produk/{slug}}. */
@RestController
class LegacyProductLinks {

    private final Catalog catalog;

    LegacyProductLinks(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/product/{sku}")
    ResponseEntity<Void> moved(@PathVariable String sku) {
        var target = catalog.findListedBySku(sku).map(Product::path)
                .orElse(Product.pathOf(UriUtils.encodePathSegment(sku, StandardCharsets.UTF_8))); // its 404 page
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(target)).build();
    }
}
