package id.nttmart.asn;

import id.nttmart.audit.AuditLog;
import id.nttmart.security.BackOfficeAccess;
import id.nttmart.security.UserAccounts;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators bind an account with the AGENCY_HEAD role to one agency. */
@Service
public class AgencyHeads {

    private final JdbcClient jdbc;
    private final BackOfficeAccess access;
    private final UserAccounts accounts;
    private final Agencies agencies;
    private final AuditLog audit;

    AgencyHeads(JdbcClient jdbc, BackOfficeAccess access, UserAccounts accounts, Agencies agencies, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.agencies = agencies;
        this.audit = audit;
    }

    public record Head(String username, String displayName, String agencyCode) {}

    public List<Head> list() {
        access.requireAdmin();
        return jdbc.sql("""
                        select u.username, u.display_name, a.code from asn_agency_head h
                        join app_user u on u.id = h.user_id join asn_agency a on a.id = h.agency_id
                        order by a.code, u.username""")
                .query((rs, n) -> new Head(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Binds the account to the agency (replacing an earlier binding); the account needs the AGENCY_HEAD role. */
    @Transactional
    public void bind(String username, String agencyCode) {
        access.requireAdmin();
        var user = accounts.byUsername(username.strip()).orElseThrow(() -> new AsnRefusal("asn.head.unknown-user"));
        var agency = agencies.byCode(agencyCode).orElseThrow(() -> new AsnRefusal("asn.link.unknown-agency"));
        boolean head = jdbc.sql("select exists (select 1 from app_user_role where user_id = :u and role = 'AGENCY_HEAD')")
                .param("u", user.id()).query(Boolean.class).single();
        if (!head) {
            throw new AsnRefusal("asn.head.not-head");
        }
        jdbc.sql("""
                        insert into asn_agency_head (user_id, agency_id) values (:u, :a)
                        on conflict (user_id) do update set agency_id = excluded.agency_id""")
                .param("u", user.id()).param("a", agency.id()).update();
        audit.record("agency head bound", AuditLog.Subject.of("user", user.username()), null, null,
                Map.of("agency", agency.code()));
    }
}
