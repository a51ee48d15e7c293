package id.nttmart.curation;

import id.nttmart.catalog.Licence;
import id.nttmart.catalog.LicenceType;
import id.nttmart.catalog.Product;
import id.nttmart.catalog.ProductEdits;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The curator console as JSON under {@code /api/v1/curation} (curators and administrators, HTTP Basic): the review
 * queue and its decisions, alcohol marking, product edits and featured collections. A product or collection
 * outside the caller's regencies answers 403 and changes nothing; a refused step answers 409 with
 * {@code {"error": code, "message": ...}}.
 */
@RestController
class CurationController {

    private final Review review;
    private final ProductEditing editing;
    private final Featuring featuring;

    CurationController(Review review, ProductEditing editing, Featuring featuring) {
        this.review = review;
        this.editing = editing;
        this.featuring = featuring;
    }

    @GetMapping("/api/v1/curation/queue")
    List<ReviewItem> queue() {
        return review.queue();
    }

    @GetMapping("/api/v1/curation/licences/expiring")
    List<ReviewItem> expiring() {
        return review.expiringLicences();
    }

    @PostMapping("/api/v1/curation/products/{sku}/approve")
    ReviewItem approve(@PathVariable String sku) {
        review.approve(sku);
        return review.item(sku);
    }

    record Note(String text) {}

    @PostMapping("/api/v1/curation/products/{sku}/reject")
    ReviewItem reject(@PathVariable String sku, @RequestBody Note reason) {
        review.reject(sku, reason.text() == null ? "" : reason.text());
        return review.item(sku);
    }

    @PostMapping("/api/v1/curation/products/{sku}/request-changes")
    ReviewItem requestChanges(@PathVariable String sku, @RequestBody Note note) {
        review.requestChanges(sku, note.text() == null ? "" : note.text());
        return review.item(sku);
    }

    record Restriction(boolean alcohol) {}

    @PutMapping("/api/v1/curation/products/{sku}/restriction")
    ReviewItem restriction(@PathVariable String sku, @RequestBody Restriction restriction) {
        review.setAlcohol(sku, restriction.alcohol());
        return review.item(sku);
    }

    record LicenceBody(String type, String number, @Nullable LocalDate expiresOn) {}

    record EditBody(String nameId, String nameEn, String descriptionId, String descriptionEn, String category,
            long priceIdr, List<LicenceBody> licences, @Nullable Boolean alcohol) {}

    record EditedProduct(String sku, String nameId, String nameEn, String descriptionId, String descriptionEn,
            String category, long priceIdr, long version) {}

    @PutMapping("/api/v1/curation/products/{sku}")
    EditedProduct edit(@PathVariable String sku, @RequestBody EditBody body) {
        List<Licence> licences = body.licences() == null ? List.of() : body.licences().stream()
                .map(l -> new Licence(LicenceType.valueOf(l.type()), l.number(), l.expiresOn())).toList();
        Product p = editing.open(sku);
        editing.save(sku, new ProductEdits.Details(body.nameId(), body.nameEn(), nullToEmpty(body.descriptionId()),
                nullToEmpty(body.descriptionEn()), body.category(), body.priceIdr()), licences,
                body.alcohol() == null ? p.alcohol() : body.alcohol());
        p = editing.open(sku);
        return new EditedProduct(p.sku(), p.nameId(), p.nameEn(), p.descriptionId(), p.descriptionEn(),
                p.categoryCode(), p.priceIdr(), p.version());
    }

    @GetMapping("/api/v1/curation/collections")
    List<CollectionForm> collections() {
        return featuring.collections();
    }

    @PutMapping("/api/v1/curation/collections/{slug}")
    ResponseEntity<Void> saveCollection(@PathVariable String slug, @RequestBody CollectionForm form) {
        if (!slug.equals(form.slug())) {
            throw new CurationRefusal("collection_slug", "The address in the path and the body differ");
        }
        featuring.save(form);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/curation/collections/{slug}")
    ResponseEntity<Void> deleteCollection(@PathVariable String slug) {
        featuring.delete(slug);
        return ResponseEntity.noContent().build();
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    @ExceptionHandler(CurationRefusal.class)
    ResponseEntity<Map<String, String>> refused(CurationRefusal e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.code(), "message", e.getMessage()));
    }

    @ExceptionHandler(NoSuchProductException.class)
    ResponseEntity<Map<String, String>> missing(NoSuchProductException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found", "message",
                e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "bad_request", "message", e.getMessage()));
    }
}
