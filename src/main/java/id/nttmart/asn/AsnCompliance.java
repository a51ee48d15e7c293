package id.nttmart.asn;

import id.nttmart.security.BackOfficeAccess;
import id.nttmart.security.Role;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The month's purchases against the obligation: the buyer's own months, an agency's people for a month (its head
 * and administrators only) and, for other modules, per-agency counts. Everything reads {@code asn_month_total},
 * which the ordering transaction (triggers of V0013) and {@link CounterSales} keep current.
 *
 * <p>An agency's people are its roster, plus accounts that claim the agency with a NIP on no roster (flagged).
 */
@Service
public class AsnCompliance {

    /** Months are counted in Asia/Makassar time (WITA), where the outlets are. */
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    /** Rp100.000 a month. */
    public static final long OBLIGATION_IDR = 100_000;

    private final JdbcClient jdbc;
    private final BackOfficeAccess access;
    private final AsnIdentities identities;
    private final Agencies agencies;

    AsnCompliance(JdbcClient jdbc, BackOfficeAccess access, AsnIdentities identities, Agencies agencies) {
        this.jdbc = jdbc;
        this.access = access;
        this.identities = identities;
        this.agencies = agencies;
    }

    public record Month(YearMonth month, long onlineIdr, long counterIdr) {
        public long totalIdr() {
            return onlineIdr + counterIdr;
        }

        public long leftIdr() {
            return Math.max(0, OBLIGATION_IDR - totalIdr());
        }

        public boolean met() {
            return totalIdr() >= OBLIGATION_IDR;
        }
    }

    /** One person of an agency in a month. */
    public record Person(String nip, String name, boolean onRoster, long onlineIdr, long counterIdr) {
        public long totalIdr() {
            return onlineIdr + counterIdr;
        }

        public boolean met() {
            return totalIdr() >= OBLIGATION_IDR;
        }
    }

    /** How many of an agency's people met the obligation in a month. */
    public record Count(YearMonth month, int people, int met, long totalIdr) {
        public double rate() {
            return people == 0 ? 0 : (double) met / people;
        }
    }

    public record AgencyMonth(Agencies.Agency agency, YearMonth month, List<Person> people, Count count,
            List<Count> trend) {}

    /** The province's view: per agency, people and how many met the month (for dashboards; administrators). */
    public record AgencyCount(String code, String name, int people, int met, long totalIdr) {
        public double rate() {
            return people == 0 ? 0 : (double) met / people;
        }
    }

    public static YearMonth currentMonth() {
        return YearMonth.now(WITA);
    }

    /** The signed-in buyer's last {@code months} months, newest first (months without purchases at zero). */
    public List<Month> myMonths(int months) {
        var claim = identities.mine();
        YearMonth now = currentMonth();
        var result = new ArrayList<Month>();
        if (claim.isEmpty()) {
            return result;
        }
        var stored = jdbc.sql("""
                        select month, online_idr, counter_idr from asn_month_total
                        where nip = :nip and month > :from order by month desc""")
                .param("nip", claim.get().nip()).param("from", Date.valueOf(now.minusMonths(months).atDay(1)))
                .query((rs, n) -> new Month(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2),
                        rs.getLong(3)))
                .list();
        for (int i = 0; i < months; i++) {
            YearMonth m = now.minusMonths(i);
            result.add(stored.stream().filter(s -> s.month().equals(m)).findFirst().orElse(new Month(m, 0, 0)));
        }
        return result;
    }

    /** The agencies the signed-in user may see people of: all for administrators, their own for a head. */
    public List<Agencies.Agency> visibleAgencies() {
        if (access.hasRole(Role.ADMIN)) {
            return agencies.list();
        }
        var own = headAgency(jdbc, access);
        return own.map(id -> agencies.list().stream().filter(a -> a.id() == id).toList()).orElse(List.of());
    }

    /**
     * An agency's people in a month with their totals, its count and the six months up to it. Administrators see
     * any agency, its head only theirs; anyone else is refused ({@link AccessDeniedException}).
     */
    public AgencyMonth agencyMonth(String agencyCode, YearMonth month) {
        var agency = agencies.byCode(agencyCode).orElse(null);
        if (!access.hasRole(Role.ADMIN)) {
            var own = headAgency(jdbc, access);
            if (own.isEmpty() || agency == null || own.get() != agency.id()) {
                throw new AccessDeniedException("Not your agency");
            }
        }
        if (agency == null) {
            throw new AsnRefusal("asn.link.unknown-agency");
        }
        List<Person> people = jdbc.sql(MEMBERS + """
                        select m.nip, m.name, m.on_roster, coalesce(t.online_idr, 0) online_idr,
                               coalesce(t.counter_idr, 0) counter_idr
                        from members m left join asn_month_total t on t.nip = m.nip and t.month = :month
                        order by coalesce(t.online_idr + t.counter_idr, 0) desc, m.name, m.nip""")
                .param("agency", agency.id()).param("month", Date.valueOf(month.atDay(1)))
                .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
        var trend = trend(agency.id(), month, 6);
        return new AgencyMonth(agency, month, people, trend.getFirst(), trend);
    }

    /** Per month (newest first), how many of the agency's current people met the obligation. */
    List<Count> trend(long agencyId, YearMonth last, int months) {
        int people = jdbc.sql(MEMBERS + "select count(*) from members").param("agency", agencyId)
                .query(Integer.class).single();
        var stored = jdbc.sql(MEMBERS + """
                        select t.month, count(*) filter (where t.online_idr + t.counter_idr >= :obligation),
                               sum(t.online_idr + t.counter_idr)
                        from members m cross join generate_series(cast(:from as date), :to, interval '1 month') g(month)
                        cross join lateral (
                            -- one probe of a covering index per person and month (index-only); offset 0 keeps the
                            -- planner from turning this into a hash join over every NIP's months
                            select t.month, t.online_idr, t.counter_idr from asn_month_total t
                            where t.nip = m.nip and t.month = g.month::date offset 0) t
                        group by t.month""")
                .param("agency", agencyId).param("obligation", OBLIGATION_IDR)
                .param("from", Date.valueOf(last.minusMonths(months - 1L).atDay(1)))
                .param("to", Date.valueOf(last.atDay(1)))
                .query((rs, n) -> new Count(YearMonth.from(rs.getDate(1).toLocalDate()), people, rs.getInt(2),
                        rs.getLong(3)))
                .list();
        var result = new ArrayList<Count>();
        for (int i = 0; i < months; i++) {
            YearMonth m = last.minusMonths(i);
            result.add(stored.stream().filter(c -> c.month().equals(m)).findFirst()
                    .orElse(new Count(m, people, 0, 0)));
        }
        return result;
    }

    /**
     * For the province's dashboards: per agency, its people and how many met the month. Counts only, no names;
     * administrators only.
     */
    public List<AgencyCount> agencies(YearMonth month) {
        access.requireAdmin();
        return jdbc.sql("""
                        with members as (
                            select r.nip, r.agency_id from asn_roster r
                            union all
                            select i.nip, i.agency_id from asn_identity i
                            where not exists (select 1 from asn_roster r where r.nip = i.nip))
                        select a.code, a.name, count(m.nip) people,
                               count(*) filter (where t.online_idr + t.counter_idr >= :obligation) met,
                               coalesce(sum(t.online_idr + t.counter_idr), 0) total
                        from asn_agency a left join members m on m.agency_id = a.id
                        left join asn_month_total t on t.nip = m.nip and t.month = :month
                        group by a.id, a.code, a.name order by a.code""")
                .param("month", Date.valueOf(month.atDay(1))).param("obligation", OBLIGATION_IDR)
                .query((rs, n) -> new AgencyCount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getLong(5)))
                .list();
    }

    /** The agency people: its roster, and claims of it whose NIP is on no roster. Parameter {@code :agency}. */
    static final String MEMBERS = """
            with members as (
                select r.nip, r.name, true as on_roster from asn_roster r where r.agency_id = :agency
                union all
                select i.nip, u.display_name, false from asn_identity i join app_user u on u.id = i.user_id
                where i.agency_id = :agency and not exists (select 1 from asn_roster r where r.nip = i.nip))
            """;

    /** The agency the signed-in agency head is bound to. */
    static Optional<Long> headAgency(JdbcClient jdbc, BackOfficeAccess access) {
        if (!access.hasRole(Role.AGENCY_HEAD)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select h.agency_id from asn_agency_head h join app_user u on u.id = h.user_id
                        where u.username = :name and u.enabled""")
                .param("name", access.username()).query(Long.class).optional();
    }

    static LocalDate firstDay(YearMonth month) {
        return month.atDay(1);
    }
}
