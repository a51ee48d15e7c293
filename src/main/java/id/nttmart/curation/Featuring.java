package id.nttmart.curation;

import id.nttmart.audit.AuditLog;
import id.nttmart.audit.AuditLog.Subject;
import id.nttmart.security.BackOfficeAccess;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Featured collections: curators build them; the storefront reads the active ones from PostgreSQL on every
 * request (one light query, no cache), so a saved collection shows at once. A collection on the home page needs a
 * province-wide curator; one on a regency page, a curator of that regency.
 */
@Service
@Transactional(readOnly = true)
public class Featuring {

    private static final String ACTIVE = """
            select c.slug, c.title_id, c.title_en,
                   array(select i.product_id from featured_item i join product p on p.id = i.product_id
                         where i.collection_id = c.id and p.status = 'LISTED' order by i.position) as products
            from featured_collection c
            where (c.starts_on is null or c.starts_on <= :today) and (c.ends_on is null or c.ends_on >= :today)
            """;

    private final JdbcClient jdbc;
    private final BackOfficeAccess access;
    private final AuditLog audit;

    Featuring(JdbcClient jdbc, BackOfficeAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** The active collections of the home page, in the curators' order, each with at least one listed product. */
    public List<Featured> onHome() {
        return active("and c.on_home order by c.position, c.id", Map.of());
    }

    /** The active collections of a regency's page. */
    public List<Featured> onRegency(int regencyId) {
        return active("and c.regency_id = :regency order by c.position, c.id", Map.of("regency", regencyId));
    }

    /** An active collection by its address, for {@code /koleksi/{slug}}. */
    public Optional<Featured> active(String slug) {
        return active("and c.slug = :slug", Map.of("slug", slug)).stream().findFirst();
    }

    private List<Featured> active(String condition, Map<String, Object> params) {
        var spec = jdbc.sql(ACTIVE + condition).param("today", LicenceCheck.today());
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query((rs, n) -> new Featured(rs.getString("slug"), rs.getString("title_id"),
                        rs.getString("title_en"), ids(rs.getArray("products"))))
                .list().stream().filter(f -> !f.productIds().isEmpty()).toList();
    }

    /** Every collection the current curator may change (all for a province-wide one), for the console. */
    @PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
    public List<CollectionForm> collections() {
        var scope = access.regencies();
        return jdbc.sql("""
                        select c.slug, c.title_id, c.title_en, c.on_home, c.regency_id, c.starts_on, c.ends_on,
                               array(select p.sku from featured_item i join product p on p.id = i.product_id
                                     where i.collection_id = c.id order by i.position) as skus
                        from featured_collection c order by c.on_home desc, c.position, c.slug""")
                .query(this::form).list().stream()
                .filter(c -> scope.everywhere() || (!c.onHome() && c.regencyId() != null
                        && scope.includes(c.regencyId())))
                .toList();
    }

    /** Creates or replaces the collection with this slug; every SKU must name a listed product. */
    @Transactional
    @PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
    public void save(CollectionForm form) {
        CurationRefusal problem = form.problem();
        if (problem != null) {
            throw problem;
        }
        Optional<CollectionForm> before = find(form.slug());
        before.ifPresent(this::requirePlace);
        requirePlace(form);
        List<Long> productIds = new ArrayList<>();
        for (String sku : form.skus()) {
            Long id = jdbc.sql("select id from product where sku = :sku and status = 'LISTED'").param("sku", sku)
                    .query(Long.class).optional().orElseThrow(() -> new CurationRefusal("collection_unknown_product",
                            "{0} is not a listed product", sku));
            productIds.add(id);
        }
        long id = jdbc.sql("""
                        insert into featured_collection (slug, title_id, title_en, on_home, regency_id, starts_on,
                                                         ends_on, updated_by)
                        values (:slug, :titleId, :titleEn, :onHome, :regency, :startsOn, :endsOn, :by)
                        on conflict (slug) do update set title_id = excluded.title_id, title_en = excluded.title_en,
                            on_home = excluded.on_home, regency_id = excluded.regency_id,
                            starts_on = excluded.starts_on, ends_on = excluded.ends_on,
                            updated_by = excluded.updated_by, updated_at = now()
                        returning id""")
                .param("slug", form.slug()).param("titleId", form.titleId()).param("titleEn", form.titleEn())
                .param("onHome", form.onHome()).param("regency", form.regencyId())
                .param("startsOn", form.startsOn()).param("endsOn", form.endsOn())
                .param("by", access.username())
                .query(Long.class).single();
        jdbc.sql("delete from featured_item where collection_id = :id").param("id", id).update();
        for (int i = 0; i < productIds.size(); i++) {
            jdbc.sql("insert into featured_item (collection_id, product_id, position) values (:c, :p, :pos)")
                    .param("c", id).param("p", productIds.get(i)).param("pos", i).update();
        }
        audit.record("collection saved", Subject.of("collection", form.slug()), null, before.orElse(null), form);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
    public void delete(String slug) {
        Optional<CollectionForm> before = find(slug);
        if (before.isEmpty()) {
            return;
        }
        requirePlace(before.get());
        jdbc.sql("delete from featured_collection where slug = :slug").param("slug", slug).update();
        audit.record("collection deleted", Subject.of("collection", slug), null, before.get(), null);
    }

    private Optional<CollectionForm> find(String slug) {
        return jdbc.sql("""
                        select c.slug, c.title_id, c.title_en, c.on_home, c.regency_id, c.starts_on, c.ends_on,
                               array(select p.sku from featured_item i join product p on p.id = i.product_id
                                     where i.collection_id = c.id order by i.position) as skus
                        from featured_collection c where c.slug = :slug""")
                .param("slug", slug).query(this::form).optional();
    }

    private void requirePlace(CollectionForm form) {
        var scope = access.regencies();
        if (form.onHome() && !scope.everywhere()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only province-wide curators feature on the home page");
        }
        if (form.regencyId() != null) {
            access.requireRegency(form.regencyId());
        }
    }

    private CollectionForm form(ResultSet rs, int n) throws SQLException {
        Array skus = rs.getArray("skus");
        return new CollectionForm(rs.getString("slug"), rs.getString("title_id"), rs.getString("title_en"),
                rs.getBoolean("on_home"), (Integer) nullableInt(rs, "regency_id"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                Arrays.asList((String[]) skus.getArray()));
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static List<Long> ids(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }
}
