package id.nttmart.catalog;

import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes one product in the caller's transaction. Every change raises {@code product.version} and publishes
 * {@link ProductChanged}, so the search outbox commits with it (a listed product is indexed, any other removed).
 * Callers (curation) check who may change what and audit it.
 */
@Service
@Transactional
public class ProductEdits {

    /** The images a product page may show; SVG stays reserved for the generated placeholders. */
    public static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/webp");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ProductEdits(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What an editor may change of a product's description and price; descriptions are cleaned as rich text. */
    public record Details(String nameId, String nameEn, String descriptionId, String descriptionEn,
            String categoryCode, long priceIdr) {

        public Details {
            if (nameId.isBlank() || nameId.length() > 200 || nameEn.isBlank() || nameEn.length() > 200) {
                throw new IllegalArgumentException("Names have 1 to 200 characters");
            }
            if (descriptionId.length() > 20_000 || descriptionEn.length() > 20_000) {
                throw new IllegalArgumentException("Descriptions have at most 20,000 characters");
            }
            if (priceIdr <= 0 || priceIdr > 1_000_000_000L) {
                throw new IllegalArgumentException("The price is between Rp1 and Rp1.000.000.000");
            }
            descriptionId = RichText.safe(descriptionId);
            descriptionEn = RichText.safe(descriptionEn);
        }
    }

    public void update(long productId, Details details) {
        changed(productId, jdbc.sql("""
                        update product set name_id = :nameId, name_en = :nameEn, description_id = :descriptionId,
                               description_en = :descriptionEn, category_code = :category, price_idr = :price,
                               version = version + 1, updated_at = now()
                        where id = :id""")
                .param("nameId", details.nameId().strip())
                .param("nameEn", details.nameEn().strip())
                .param("descriptionId", details.descriptionId())
                .param("descriptionEn", details.descriptionEn())
                .param("category", details.categoryCode())
                .param("price", details.priceIdr())
                .param("id", productId)
                .update());
    }

    public void setStatus(long productId, ProductStatus status) {
        changed(productId, jdbc.sql("""
                        update product set status = :status, version = version + 1, updated_at = now()
                        where id = :id""")
                .param("status", status.name()).param("id", productId).update());
    }

    /** Marks or unmarks alcohol; checkout then asks for 21+ and ships only within NTT. */
    public void setAlcohol(long productId, boolean alcohol) {
        changed(productId, jdbc.sql("""
                        update product set restriction = :restriction, version = version + 1, updated_at = now()
                        where id = :id""")
                .param("restriction", alcohol ? "ALCOHOL" : "NONE").param("id", productId).update());
    }

    public void replaceLicences(long productId, List<Licence> licences) {
        touch(productId);
        jdbc.sql("delete from product_licence where product_id = :id").param("id", productId).update();
        for (Licence licence : licences) {
            jdbc.sql("""
                            insert into product_licence (product_id, type, number, expires_on)
                            values (:id, :type, :number, :expires) on conflict do nothing""")
                    .param("id", productId)
                    .param("type", licence.type().name())
                    .param("number", licence.number().strip())
                    .param("expires", licence.expiresOn())
                    .update();
        }
    }

    /**
     * Puts a photograph first in the gallery: it replaces the generated placeholder, or goes before the others.
     * The caller has checked the bytes (type and size).
     */
    public void putFirstImage(long productId, String contentType, byte[] content, String altId, String altEn) {
        if (!IMAGE_TYPES.contains(contentType)) {
            throw new IllegalArgumentException("Images are PNG, JPEG or WebP");
        }
        touch(productId);
        jdbc.sql("delete from product_image where product_id = :id and position = 0 and content_type = 'image/svg+xml'")
                .param("id", productId).update();
        // Two steps, so the primary key (product_id, position) never sees two rows at one position.
        jdbc.sql("update product_image set position = position + 1000 where product_id = :id").param("id", productId)
                .update();
        jdbc.sql("update product_image set position = position - 999 where product_id = :id").param("id", productId)
                .update();
        jdbc.sql("""
                        insert into product_image (product_id, position, content_type, content, alt_id, alt_en)
                        values (:id, 0, :type, :content, :altId, :altEn)""")
                .param("id", productId).param("type", contentType).param("content", content)
                .param("altId", altId).param("altEn", altEn)
                .update();
    }

    private void touch(long productId) {
        changed(productId, jdbc.sql("update product set version = version + 1, updated_at = now() where id = :id")
                .param("id", productId).update());
    }

    private void changed(long productId, int rows) {
        if (rows != 1) {
            throw new IllegalArgumentException("No product " + productId);
        }
        events.publishEvent(new ProductChanged(productId));
    }
}
