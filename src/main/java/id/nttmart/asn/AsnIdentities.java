package id.nttmart.asn;

import id.nttmart.audit.AuditLog;
import id.nttmart.security.BackOfficeAccess;
import id.nttmart.security.Role;
import id.nttmart.security.UserAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A buyer's claim to a NIP and agency. One NIP per account, one account per NIP; a claim the roster does not
 * confirm is kept but flagged for administrators and the agency head.
 */
@Service
public class AsnIdentities {

    private final JdbcClient jdbc;
    private final BackOfficeAccess access;
    private final UserAccounts accounts;
    private final Agencies agencies;
    private final AuditLog audit;

    AsnIdentities(JdbcClient jdbc, BackOfficeAccess access, UserAccounts accounts, Agencies agencies,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.agencies = agencies;
        this.audit = audit;
    }

    /** A claim: the NIP, the agency claimed, the flag (null when the roster confirms it). */
    public record Claim(String nip, String agencyCode, String agencyName, @Nullable String flag, Instant linkedAt) {}

    /** A flagged claim as administrators and the agency head see it. */
    public record FlaggedClaim(String nip, String accountName, String username, String agencyCode, String flag,
            @Nullable String rosterAgencyCode, Instant linkedAt) {}

    /** The signed-in user's claim, if any. */
    public Optional<Claim> mine() {
        long user = currentUserId();
        return jdbc.sql("""
                        select i.nip, a.code, a.name, i.flag, i.linked_at from asn_identity i
                        join asn_agency a on a.id = i.agency_id where i.user_id = :u""")
                .param("u", user)
                .query((rs, n) -> new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /**
     * Links the signed-in account to the NIP and agency (replacing its own earlier claim). Refused: an invalid
     * NIP, an unknown agency, a NIP another account holds.
     */
    @Transactional
    public Claim link(String rawNip, String agencyCode) {
        long user = currentUserId();
        String nip = Nip.normalise(rawNip);
        var problem = Nip.check(nip, LocalDate.now(AsnCompliance.WITA));
        if (problem.isPresent()) {
            throw new AsnRefusal(problem.get().key());
        }
        var agency = agencies.byCode(agencyCode).orElseThrow(() -> new AsnRefusal("asn.link.unknown-agency"));
        Long holder = jdbc.sql("select user_id from asn_identity where nip = :nip for update").param("nip", nip)
                .query(Long.class).optional().orElse(null);
        if (holder != null && holder != user) {
            throw new AsnRefusal("asn.link.taken");
        }
        Long rosterAgency = jdbc.sql("select agency_id from asn_roster where nip = :nip").param("nip", nip)
                .query(Long.class).optional().orElse(null);
        String flag = rosterAgency == null ? "NOT_ON_ROSTER" : rosterAgency != agency.id() ? "OTHER_AGENCY" : null;
        var before = mine().orElse(null);
        jdbc.sql("delete from asn_identity where user_id = :u").param("u", user).update();
        try {
            jdbc.sql("insert into asn_identity (nip, user_id, agency_id, flag) values (:nip, :u, :a, :f)")
                    .param("nip", nip).param("u", user).param("a", agency.id()).param("f", flag).update();
        } catch (DuplicateKeyException e) {
            throw new AsnRefusal("asn.link.taken");
        }
        audit.record("asn identity linked", AuditLog.Subject.of("asn_identity", nip), null,
                before == null ? null : Map.of("nip", before.nip(), "agency", before.agencyCode()),
                flag == null ? Map.of("nip", nip, "agency", agency.code())
                        : Map.of("nip", nip, "agency", agency.code(), "flag", flag));
        return mine().orElseThrow();
    }

    /** Flagged claims: administrators see all; an agency head those naming their agency or on its roster. */
    public List<FlaggedClaim> flagged() {
        Long agency = null;
        if (!access.hasRole(Role.ADMIN)) {
            agency = AsnCompliance.headAgency(jdbc, access)
                    .orElseThrow(() -> new AccessDeniedException("Administrators and agency heads only"));
        }
        return jdbc.sql("""
                        select i.nip, u.display_name, u.username, a.code, i.flag, ra.code as roster_code, i.linked_at
                        from asn_identity i join app_user u on u.id = i.user_id join asn_agency a on a.id = i.agency_id
                        left join asn_roster r on r.nip = i.nip left join asn_agency ra on ra.id = r.agency_id
                        where i.flag is not null
                          and (cast(:agency as bigint) is null or i.agency_id = :agency or r.agency_id = :agency)
                        order by i.linked_at desc""")
                .param("agency", agency)
                .query((rs, n) -> new FlaggedClaim(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    long currentUserId() {
        String name = access.username();
        if (name.isEmpty()) {
            throw new AccessDeniedException("Sign in first");
        }
        return accounts.byUsername(name).orElseThrow(() -> new AccessDeniedException("No such account")).id();
    }
}
