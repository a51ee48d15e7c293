package id.nttmart.curation;

import id.nttmart.audit.AuditLog;
import id.nttmart.audit.AuditLog.Subject;
import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.Category;
import id.nttmart.catalog.Product;
import id.nttmart.catalog.ProductEdits;
import id.nttmart.catalog.ProductStatus;
import id.nttmart.catalog.ProductSubmitted;
import id.nttmart.region.Regions;
import id.nttmart.security.BackOfficeAccess;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of products outlet staff submit. A submission (an outlet's import row or form) is written as
 * {@code PENDING_REVIEW} by the catalogue, which publishes {@link ProductSubmitted}; this records who submitted it.
 * A curator of the product's regency (or a province-wide one, or an administrator) approves it (only with the
 * licences it needs), rejects it with a reason, or asks for changes with a note the submitter reads in their list.
 * A change a staff member submits to a listed product takes it back into review (and out of the storefront) until
 * approved: simpler than keeping two versions, and stated in the staff form.
 */
@Service
@Transactional
public class Review {

    private static final String ACTIVE = "PENDING_REVIEW";

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final ProductEdits edits;
    private final Regions regions;
    private final BackOfficeAccess access;
    private final AuditLog audit;

    Review(JdbcClient jdbc, Catalog catalog, ProductEdits edits, Regions regions, BackOfficeAccess access,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.edits = edits;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
    }

    /** Records the submission in the transaction that wrote the product. */
    @EventListener
    void submitted(ProductSubmitted event) {
        jdbc.sql("""
                        insert into product_review (product_id, submitted_by, state) values (:id, :by, 'PENDING')
                        on conflict (product_id) do update set submitted_by = excluded.submitted_by,
                            submitted_at = now(), state = 'PENDING', note = null, decided_by = null, decided_at = null""")
                .param("id", event.productId())
                .param("by", event.submittedBy())
                .update();
        audit.recordAs(event.submittedBy(), "product submitted", Subject.of("product", event.sku()), null, null,
                Map.of("status", ACTIVE));
    }

    /** Products waiting for a decision in the current curator's regencies, oldest submission first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
    public List<ReviewItem> queue() {
        var scope = access.regencies();
        return items("""
                where p.status = 'PENDING_REVIEW'
                  and (cast(:regencies as bigint[]) is null or p.regency_id = any(cast(:regencies as bigint[])))
                order by coalesce(r.submitted_at, p.updated_at), p.id limit 500""",
                Map.of(), scope.asArrayOrNull());
    }

    /** Listed products in the curator's regencies whose food licence expires within 30 days (or has expired). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
    public List<ReviewItem> expiringLicences() {
        var scope = access.regencies();
        return items("""
                where p.status = 'LISTED'
                  and (cast(:regencies as bigint[]) is null or p.regency_id = any(cast(:regencies as bigint[])))
                  and exists (select 1 from product_licence l where l.product_id = p.id and l.type in ('PIRT', 'BPOM')
                              and l.expires_on <= :horizon)
                order by p.id limit 500""",
                Map.of("horizon", LicenceCheck.today().plusDays(LicenceCheck.WARNING_DAYS)), scope.asArrayOrNull())
                .stream().filter(i -> i.licenceExpiring() != null).toList();
    }

    /** What the signed-in user submitted, newest first, with the curators' decisions and notes. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ReviewItem> mySubmissions() {
        return items("where r.submitted_by = :by order by r.submitted_at desc limit 200",
                Map.of("by", access.username()), null);
    }

    /** One product's review, for the console's detail panel (the product must be in the curator's regencies). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
    public ReviewItem item(String sku) {
        Product product = product(sku);
        access.requireRegency(product.regencyId());
        return items("where p.id = :id", Map.of("id", product.id()), null).getFirst();
    }

    @PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
    public void approve(String sku) {
        Product product = product(sku);
        access.requireRegency(product.regencyId());
        if (product.status() == ProductStatus.LISTED) {
            throw new CurationRefusal("already_listed", "{0} is already listed", product.nameId());
        }
        LicenceCheck.refusal(product, category(product), LicenceCheck.today()).ifPresent(refusal -> {
            throw refusal;
        });
        edits.setStatus(product.id(), ProductStatus.LISTED);
        decide(product, ReviewState.APPROVED, null);
        audit.record("product approved", Subject.of("product", sku), null, Map.of("status", product.status()),
                Map.of("status", ProductStatus.LISTED));
    }

    @PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
    public void reject(String sku, String reason) {
        Product product = pendingInScope(sku);
        String why = note(reason);
        edits.setStatus(product.id(), ProductStatus.REJECTED);
        decide(product, ReviewState.REJECTED, why);
        audit.record("product rejected", Subject.of("product", sku), null, Map.of("status", product.status()),
                Map.of("status", ProductStatus.REJECTED, "reason", why));
    }

    /** The product stays in review; the submitter sees the note in their list and submits it again. */
    @PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
    public void requestChanges(String sku, String note) {
        Product product = pendingInScope(sku);
        String why = note(note);
        decide(product, ReviewState.CHANGES_REQUESTED, why);
        audit.record("product changes requested", Subject.of("product", sku), null, null, Map.of("note", why));
    }

    /** Marks or unmarks alcohol; checkout then sells it only to buyers of 21 and over, shipped within NTT. */
    @PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
    public void setAlcohol(String sku, boolean alcohol) {
        Product product = product(sku);
        access.requireRegency(product.regencyId());
        if (product.alcohol() == alcohol) {
            return;
        }
        edits.setAlcohol(product.id(), alcohol);
        audit.record(alcohol ? "product marked alcohol" : "product unmarked alcohol", Subject.of("product", sku),
                null, Map.of("restriction", product.alcohol() ? "ALCOHOL" : "NONE"),
                Map.of("restriction", alcohol ? "ALCOHOL" : "NONE"));
    }

    private Product pendingInScope(String sku) {
        Product product = product(sku);
        access.requireRegency(product.regencyId());
        if (product.status() != ProductStatus.PENDING_REVIEW) {
            throw new CurationRefusal("not_in_review", "{0} is not waiting for review", product.nameId());
        }
        return product;
    }

    private static String note(String text) {
        String note = text.strip();
        if (note.isEmpty() || note.length() > 2000) {
            throw new CurationRefusal("note_required", "Write a reason or note (up to 2000 characters) for the"
                    + " submitter");
        }
        return note;
    }

    private void decide(Product product, ReviewState state, @Nullable String note) {
        jdbc.sql("""
                        insert into product_review (product_id, submitted_by, state, note, decided_by, decided_at)
                        values (:id, '', :state, :note, :by, now())
                        on conflict (product_id) do update set state = excluded.state, note = excluded.note,
                            decided_by = excluded.decided_by, decided_at = excluded.decided_at""")
                .param("id", product.id())
                .param("state", state.name())
                .param("note", note)
                .param("by", access.username())
                .update();
    }

    Product product(String sku) {
        return catalog.findBySku(sku).orElseThrow(() -> new NoSuchProductException(sku));
    }

    private Category category(Product product) {
        return catalog.category(product.categoryCode()).orElseThrow();
    }

    private List<ReviewItem> items(String where, Map<String, Object> params, Long @Nullable [] regencies) {
        record Row(long id, ReviewState state, String submittedBy, java.time.Instant submittedAt, String note) {}
        var spec = jdbc.sql("""
                select p.id, r.state, r.submitted_by, r.submitted_at, r.note
                from product p left join product_review r on r.product_id = p.id
                """ + where);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        if (where.contains(":regencies")) {
            spec = spec.param("regencies", regencies);
        }
        List<Row> rows = spec.query((ResultSet rs, int n) -> new Row(rs.getLong("id"), state(rs),
                rs.getString("submitted_by"), rs.getTimestamp("submitted_at") == null ? null
                        : rs.getTimestamp("submitted_at").toInstant(), rs.getString("note"))).list();
        Map<Long, Product> products = catalog.findByIds(rows.stream().map(Row::id).toList()).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        LocalDate today = LicenceCheck.today();
        return rows.stream().filter(r -> products.containsKey(r.id())).map(r -> {
            Product p = products.get(r.id());
            Category category = category(p);
            return new ReviewItem(p.sku(), p.nameId(), p.nameEn(), regions.regency(p.regencyId()).name(),
                    category.code(), p.status(), r.state(), r.submittedBy(), r.submittedAt(), r.note(),
                    LicenceCheck.refusal(p, category, today).map(CurationRefusal::code).orElse(null),
                    LicenceCheck.expiringSoon(p, category, today).orElse(null));
        }).toList();
    }

    private static ReviewState state(ResultSet rs) throws SQLException {
        String state = rs.getString("state");
        return state == null ? ReviewState.NONE : ReviewState.valueOf(state);
    }
}
