package id.nttmart.catalog.importing;

import id.nttmart.catalog.ImportRules;
import id.nttmart.catalog.Licence;
import id.nttmart.catalog.ProductSubmitted;
import id.nttmart.catalog.ProductChanged;
import id.nttmart.catalog.ProductStatus;
import id.nttmart.catalog.Producer;
import id.nttmart.catalog.Slugs;
import id.nttmart.inventory.Inventory;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes one imported product with its producer, licences, stock and placeholder image, all or nothing. */
@Component
class ProductWriter {

    private final JdbcClient jdbc;
    private final Inventory inventory;
    private final ApplicationEventPublisher events;

    ProductWriter(JdbcClient jdbc, Inventory inventory, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.inventory = inventory;
        this.events = events;
    }

    /** Creates or updates the product; returns whether it was created. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean upsert(ProductDraft draft, ImportRules rules) {
        ProductStatus status = rules.status();
        long producerId = jdbc.sql("""
                        insert into producer (name, kind, regency_id) values (:name, :kind, :regency)
                        on conflict (regency_id, name) do update set name = excluded.name
                        returning id""")
                .param("name", draft.producerName())
                .param("kind", Producer.Kind.of(draft.program()).name())
                .param("regency", draft.regencyId())
                .query(Long.class)
                .single();
        var written = jdbc.sql("""
                        insert into product (sku, name_id, name_en, description_id, description_en, category_code,
                                             program, origin, regency_id, producer_id, price_idr, weight_g,
                                             restriction, status, slug)
                        values (:sku, :nameId, :nameEn, :descriptionId, :descriptionEn, :category, :program, :origin,
                                :regency, :producer, :price, :weight, :restriction, :status, :slug)
                        on conflict (sku) do update set
                            name_id = excluded.name_id, name_en = excluded.name_en,
                            description_id = excluded.description_id, description_en = excluded.description_en,
                            category_code = excluded.category_code, program = excluded.program,
                            origin = excluded.origin, regency_id = excluded.regency_id,
                            producer_id = excluded.producer_id, price_idr = excluded.price_idr,
                            weight_g = excluded.weight_g, restriction = excluded.restriction,
                            status = excluded.status, slug = excluded.slug, version = product.version + 1, updated_at = now()
                        returning id, (xmax = 0) as created""")
                .param("sku", draft.sku())
                .param("nameId", draft.nameId())
                .param("nameEn", draft.nameEn())
                .param("descriptionId", draft.descriptionId())
                .param("descriptionEn", draft.descriptionEn())
                .param("category", draft.categoryCode())
                .param("program", draft.program().name())
                .param("origin", draft.origin())
                .param("regency", draft.regencyId())
                .param("producer", producerId)
                .param("price", draft.priceIdr())
                .param("weight", draft.weightGrams())
                .param("restriction", draft.alcohol() ? "ALCOHOL" : "NONE")
                .param("status", status.name())
                .param("slug", slug(draft))
                .query((rs, n) -> new Written(rs.getLong("id"), rs.getBoolean("created")))
                .single();
        replaceLicences(written.id(), draft);
        draft.stockByOutlet().forEach((outlet, units) ->
                inventory.count(outlet, written.id(), units, "catalogue import", "stock column of the import"));
        if (written.created()) {
            addPlaceholderImage(written.id(), draft);
        }
        events.publishEvent(new ProductChanged(written.id()));
        if (rules.forReview()) {
            events.publishEvent(new ProductSubmitted(written.id(), draft.sku(), rules.actor()));
        }
        return written.created();
    }

    /** The name-and-SKU slug, unless another SKU (differing only in case or punctuation) already has it. */
    private String slug(ProductDraft draft) {
        String slug = Slugs.of(draft.nameId(), draft.sku());
        boolean taken = jdbc.sql("select exists (select 1 from product where slug = :slug and sku <> :sku)")
                .param("slug", slug)
                .param("sku", draft.sku())
                .query(Boolean.class)
                .single();
        return taken ? Slugs.disambiguated(draft.nameId(), draft.sku()) : slug;
    }

    private record Written(long id, boolean created) {}

    private void replaceLicences(long productId, ProductDraft draft) {
        jdbc.sql("delete from product_licence where product_id = :id").param("id", productId).update();
        for (Licence licence : draft.licences()) {
            jdbc.sql("""
                            insert into product_licence (product_id, type, number) values (:id, :type, :number)
                            on conflict do nothing""")
                    .param("id", productId)
                    .param("type", licence.type().name())
                    .param("number", licence.number())
                    .update();
        }
    }

    private void addPlaceholderImage(long productId, ProductDraft draft) {
        String svg = PlaceholderImage.svg(draft.categoryCode(), draft.sku());
        jdbc.sql("""
                        insert into product_image (product_id, position, content_type, content, alt_id, alt_en)
                        values (:id, 0, 'image/svg+xml', :content, :altId, :altEn)""")
                .param("id", productId)
                .param("content", svg.getBytes(StandardCharsets.UTF_8))
                .param("altId", draft.nameId())
                .param("altEn", draft.nameEn())
                .update();
    }
}
