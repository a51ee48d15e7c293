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

    /**
     * The picture for link previews: the first picture when it is a photograph (PNG or JPEG), otherwise a PNG in
     * the placeholder's style, since WhatsApp and Facebook do not show SVG.
     */
    @GetMapping("/media/products/{sku}/share.png")
    ResponseEntity<byte[]> share(@PathVariable String sku) {
        var product = catalog.findListedBySku(sku);
        if (product.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var first = catalog.image(sku, 0).filter(i -> i.contentType().equals(MediaType.IMAGE_PNG_VALUE)
                || i.contentType().equals(MediaType.IMAGE_JPEG_VALUE));
        MediaType type = first.map(i -> MediaType.parseMediaType(i.contentType())).orElse(MediaType.IMAGE_PNG);
        byte[] body = first.map(ProductImage::content)
                .orElseGet(() -> ShareImage.png(product.get().categoryCode(), sku));
        return ResponseEntity.ok().contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
