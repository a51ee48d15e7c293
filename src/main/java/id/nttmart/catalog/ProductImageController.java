package id.nttmart.catalog;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves product pictures from PostgreSQL with long caching (they change only with a new position). */
@RestController
class ProductImageController {

    private final Catalog catalog;

    ProductImageController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/media/products/{sku}/{position}")
    ResponseEntity<byte[]> image(@PathVariable String sku, @PathVariable String position) {
        if (!position.matches("\\d{1,3}")) {
            return ResponseEntity.notFound().build();
        }
        return catalog.image(sku, Integer.parseInt(position))
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                        .body(image.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
