package id.nttmart.curation;

import id.nttmart.audit.AuditLog;
import id.nttmart.audit.AuditLog.Subject;
import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.Licence;
import id.nttmart.catalog.Product;
import id.nttmart.catalog.ProductEdits;
import id.nttmart.security.BackOfficeAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A curator edits a product of their regencies: names and rich-text descriptions in Indonesian and English (cleaned
 * by the catalogue), price, category, licences with their expiry, and the photograph. Each save is audited with
 * the state before and after, raises the product's version and reaches the search index through the outbox.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
public class ProductEditing {

    /** Photographs up to 2 MB: enough for a sharp product picture, small enough for phones on slow networks. */
    public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    private final Catalog catalog;
    private final ProductEdits edits;
    private final BackOfficeAccess access;
    private final AuditLog audit;

    ProductEditing(Catalog catalog, ProductEdits edits, BackOfficeAccess access, AuditLog audit) {
        this.catalog = catalog;
        this.edits = edits;
        this.access = access;
        this.audit = audit;
    }

    /** The product as the editor opens it (in the curator's regencies). */
    @Transactional(readOnly = true)
    public Product open(String sku) {
        return inScope(sku);
    }

    /** Saves the texts, price, category and licences, and marks or unmarks alcohol, in one audited change. */
    public void save(String sku, ProductEdits.Details details, List<Licence> licences, boolean alcohol) {
        Product before = inScope(sku);
        if (catalog.category(details.categoryCode()).isEmpty()) {
            throw new CurationRefusal("unknown_category", "There is no category {0}", details.categoryCode());
        }
        if (licences.size() > 10) {
            throw new CurationRefusal("too_many_licences", "A product holds at most 10 licences");
        }
        edits.update(before.id(), details);
        edits.replaceLicences(before.id(), licences);
        if (before.alcohol() != alcohol) {
            edits.setAlcohol(before.id(), alcohol);
        }
        Product after = catalog.findBySku(sku).orElseThrow();
        audit.record("product edited", Subject.of("product", sku), null, snapshot(before), snapshot(after));
    }

    /**
     * Puts a photograph first in the product's gallery. The bytes must be a PNG, JPEG or WebP picture (checked by
     * their signature, not by the name or the browser's claim) of at most {@link #MAX_IMAGE_BYTES}.
     */
    public void putImage(String sku, byte[] content) {
        Product product = inScope(sku);
        if (content.length > MAX_IMAGE_BYTES) {
            throw new CurationRefusal("image_too_large", "The picture is larger than 2 MB");
        }
        String type = imageType(content).orElseThrow(() -> new CurationRefusal("image_type",
                "The file is not a PNG, JPEG or WebP picture"));
        edits.putFirstImage(product.id(), type, content, product.nameId(), product.nameEn());
        audit.record("product image replaced", Subject.of("product", sku), null, null,
                Map.of("contentType", type, "bytes", content.length));
    }

    static Optional<String> imageType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private Product inScope(String sku) {
        Product product = catalog.findBySku(sku).orElseThrow(() -> new NoSuchProductException(sku));
        access.requireRegency(product.regencyId());
        return product;
    }

    private static Map<String, Object> snapshot(Product p) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("nameId", p.nameId());
        state.put("nameEn", p.nameEn());
        state.put("descriptionId", p.descriptionId());
        state.put("descriptionEn", p.descriptionEn());
        state.put("category", p.categoryCode());
        state.put("priceIdr", p.priceIdr());
        state.put("licences", p.licences().stream().map(l -> l.type() + ":" + l.number() + ":"
                + (l.expiresOn() == null ? "" : l.expiresOn())).toList());
        state.put("restriction", p.alcohol() ? "ALCOHOL" : "NONE");
        state.put("version", p.version());
        return state;
    }
}
