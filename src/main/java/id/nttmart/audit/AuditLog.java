package id.nttmart.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records back-office changes in the caller's transaction, so a change and its audit entry commit or roll back
 * together. The actor is the signed-in user; work without one (a scheduled job) names itself.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SecurityContextHolderStrategy contexts;

    /** The actor comes from the application context's security strategy, the one the filter chains write. */
    AuditLog(JdbcClient jdbc, JsonMapper json, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.jdbc = jdbc;
        this.json = json;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * One change: {@code action} in lower-case words ("shipment packed", "product approved"), what it touched, the
     * outlet it belongs to (for outlet-scoped reading) and its state before and after (any JSON-mappable value).
     */
    @Transactional
    public void record(String action, Subject subject, @Nullable Long outletId, @Nullable Object before,
            @Nullable Object after) {
        recordAs(currentActor(), action, subject, outletId, before, after);
    }

    /** The same for work no person started (a scheduled job): {@code actor} names the job. */
    @Transactional
    public void recordAs(String actor, String action, Subject subject, @Nullable Long outletId,
            @Nullable Object before, @Nullable Object after) {
        jdbc.sql("""
                        insert into audit_entry (actor, action, subject_type, subject_id, outlet_id, before_state,
                                                 after_state)
                        values (:actor, :action, :type, :id, :outlet, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("actor", actor)
                .param("action", action)
                .param("type", subject.type())
                .param("id", subject.id())
                .param("outlet", outletId)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /** The newest entries first, filtered by any of actor, subject type and subject id (null: any); admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> recent(AuditFilter filter, int limit) {
        return jdbc.sql("""
                        select id, at, actor, action, subject_type, subject_id, outlet_id,
                               before_state::text as before_state, after_state::text as after_state
                        from audit_entry
                        where (cast(:actor as text) is null or actor = :actor)
                          and (cast(:type as text) is null or subject_type = :type)
                          and (cast(:id as text) is null or subject_id = :id)
                          and (cast(:since as timestamptz) is null or at >= :since)
                        order by at desc, id desc limit :limit""")
                .param("actor", filter.actor())
                .param("type", filter.subjectType())
                .param("id", filter.subjectId())
                .param("since", filter.since() == null ? null : Timestamp.from(filter.since()))
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("action"),
                        new Subject(rs.getString("subject_type"), rs.getString("subject_id")),
                        (Long) rs.getObject("outlet_id"), tree(rs.getString("before_state")), tree(rs.getString("after_state"))))
                .list();
    }

    private @Nullable JsonNode tree(@Nullable String text) {
        return text == null ? null : json.readTree(text);
    }

    String currentActor() {
        Authentication auth = contexts.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
    }

    /** What a change touched: a type ("shipment", "product", "user", "outlet", ...) and its id or code. */
    public record Subject(String type, String id) {

        public static Subject of(String type, Object id) {
            return new Subject(type, String.valueOf(id));
        }
    }

    /** Filters for reading the audit; null fields match everything. */
    public record AuditFilter(@Nullable String actor, @Nullable String subjectType, @Nullable String subjectId,
            @Nullable Instant since) {

        public static AuditFilter all() {
            return new AuditFilter(null, null, null, null);
        }
    }

    /** One recorded change; before/after as JSON (null when there was no such state). */
    public record AuditEntry(long id, Instant at, String actor, String action, Subject subject,
            @Nullable Long outletId, @Nullable JsonNode before, @Nullable JsonNode after) {}
}
