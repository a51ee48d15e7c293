package id.nttmart.benchmark;

import id.nttmart.asn.AsnCompliance;
import id.nttmart.security.Role;
import id.nttmart.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The agency compliance page's work at the province's scale: 150,000 civil servants on the rosters of 60 agencies
 * and a monthly total per NIP for 12 months (1.8 million rows of {@code asn_month_total}, the aggregate the
 * ordering transaction keeps, so the order history itself is never read), generated in PostgreSQL with
 * {@code generate_series}. It measures {@code AsnCompliance.agencyMonth} (the people of one agency in a month with
 * their totals, and the six months' trend: what {@code /asn/instansi} and its CSV show) and
 * {@code AsnCompliance.agencies} (every agency's count for a month, for the province dashboards), each beside the
 * bare SQL of the same queries over plain JDBC, on the same run. Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=AsnComplianceBenchmark}; results in
 * {@code target/benchmarks/asn-compliance.md}.
 */
@Tag("benchmark")
@IntegrationTest
class AsnComplianceBenchmark {

    static final int CIVIL_SERVANTS = 150_000;
    static final int AGENCIES = 60;
    static final int MONTHS = 12;
    static final int CLIENTS = 4;
    static final int PER_CLIENT = 50;

    @Autowired
    AsnCompliance compliance;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Test
    void measure() throws Exception {
        long generated = System.nanoTime();
        generate();
        double generateSeconds = (System.nanoTime() - generated) / 1e9;
        YearMonth month = AsnCompliance.currentMonth().minusMonths(1);
        List<String> codes = jdbc.sql("select code from asn_agency where code like 'BENCH-%' order by code")
                .query(String.class).list();

        LatencyRecorder.Operation service = (client, i) -> {
            asAdmin();
            var result = compliance.agencyMonth(codes.get((client * 31 + i * 7) % codes.size()), month);
            if (result.people().size() < 2000) {
                throw new IllegalStateException("too few people: " + result.people().size());
            }
            return () -> { };
        };
        LatencyRecorder.Operation bare = (client, i) -> {
            bareAgencyMonth(codes.get((client * 31 + i * 7) % codes.size()), month);
            return () -> { };
        };
        LatencyRecorder.Operation province = (client, i) -> {
            asAdmin();
            compliance.agencies(month.minusMonths(i % MONTHS));
            return () -> { };
        };
        LatencyRecorder.measure("warm-up", CLIENTS, PER_CLIENT / 2, service);
        LatencyRecorder.measure("warm-up", CLIENTS, PER_CLIENT / 2, bare);
        LatencyRecorder.measure("warm-up", CLIENTS, 5, province);

        var results = new ArrayList<LatencyRecorder.Result>();
        results.add(LatencyRecorder.measure("service: AsnCompliance.agencyMonth (one agency, ~2,500 people, "
                + "month + 6-month trend)", CLIENTS, PER_CLIENT, service));
        results.add(LatencyRecorder.measure("bare SQL: the same two queries over JDBC", CLIENTS, PER_CLIENT, bare));
        results.add(LatencyRecorder.measure("service: AsnCompliance.agencies (all 60+ agencies' counts, one month)",
                CLIENTS, 10, province));
        results.add(LatencyRecorder.measure("bare SQL: the same per-agency count over JDBC", CLIENTS, 10,
                (client, i) -> {
                    bareProvince(month.minusMonths(i % MONTHS));
                    return () -> { };
                }));

        var report = new StringBuilder("# ASN compliance at scale\n\n");
        report.append("%,d civil servants on the rosters of %d agencies, %,d monthly totals (%d months), generated in %.1f s;"
                .formatted(CIVIL_SERVANTS, AGENCIES, (long) CIVIL_SERVANTS * MONTHS, MONTHS, generateSeconds))
                .append(" month measured: ").append(month).append(".\n\n");
        report.append("| scenario | clients | calls | p50 ms | p95 ms | p99 ms | calls/s |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        results.forEach(r -> report.append(r.line()).append('\n'));
        report.append("\np95 ratio service / bare SQL: agency page %.1f, province counts %.1f; target p95 < 1000 ms\n"
                .formatted(results.get(0).p95Millis() / results.get(1).p95Millis(),
                        results.get(2).p95Millis() / results.get(3).p95Millis()));
        report.append("target p95 < 1000 ms: %s\n".formatted(results.get(0).p95Millis() < 1000
                && results.get(2).p95Millis() < 1000 ? "met" : "MISSED"));
        report.append("\nPlan of the agency month query:\n\n```\n").append(plan(codes.getFirst(), month))
                .append("```\n\nPlan of the 6-month trend query:\n\n```\n").append(trendPlan(codes.getFirst(), month))
                .append("```\n");
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/asn-compliance.md"), report);
    }

    private void asAdmin() {
        securityContexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, List.of(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name()))));
    }

    /** 60 agencies, 150,000 NIPs (valid ones: born 1960-1969, appointed 1990), 12 months of totals each. */
    private void generate() {
        boolean present = jdbc.sql("select exists (select 1 from asn_agency where code = 'BENCH-01')")
                .query(Boolean.class).single();
        if (present) {
            return;
        }
        jdbc.sql("""
                insert into asn_agency (code, name)
                select 'BENCH-' || lpad(g::text, 2, '0'), 'Dinas Benchmark ' || g from generate_series(1, :n) g""")
                .param("n", AGENCIES).update();
        jdbc.sql("""
                insert into asn_roster (nip, name, agency_id)
                select to_char(date '1960-01-01' + (g % 3650), 'YYYYMMDD') || '199001' || (1 + g % 2)::text
                           || lpad((1 + g / 3650)::text, 3, '0'),
                       'ASN Benchmark ' || g,
                       (select id from asn_agency where code = 'BENCH-' || lpad((1 + g % :agencies)::text, 2, '0'))
                from generate_series(0, :n - 1) g""")
                .param("n", CIVIL_SERVANTS).param("agencies", AGENCIES).update();
        jdbc.sql("""
                insert into asn_month_total (nip, month, online_idr, counter_idr)
                select r.nip, (date_trunc('month', now() at time zone 'Asia/Makassar') - make_interval(months => m))::date,
                       (random() * 120000)::bigint, (random() * 60000)::bigint
                from asn_roster r cross join generate_series(0, :months - 1) m
                where r.name like 'ASN Benchmark %'""")
                .param("months", MONTHS).update();
        // As autovacuum would soon after such a load: statistics, and the visibility map for index-only scans.
        jdbc.sql("vacuum analyze asn_roster").update();
        jdbc.sql("vacuum analyze asn_month_total").update();
    }

    private static final String MEMBERS = """
            with members as (
                select r.nip, r.name, true as on_roster from asn_roster r where r.agency_id = ?
                union all
                select i.nip, u.display_name, false from asn_identity i join app_user u on u.id = i.user_id
                where i.agency_id = ? and not exists (select 1 from asn_roster r where r.nip = i.nip))
            """;

    private void bareAgencyMonth(String code, YearMonth month) throws Exception {
        try (var c = dataSource.getConnection()) {
            long agency;
            try (var s = c.prepareStatement("select id from asn_agency where code = ?")) {
                s.setString(1, code);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    agency = rs.getLong(1);
                }
            }
            try (var s = c.prepareStatement(MEMBERS + """
                    select m.nip, m.name, m.on_roster, coalesce(t.online_idr, 0), coalesce(t.counter_idr, 0)
                    from members m left join asn_month_total t on t.nip = m.nip and t.month = ?
                    order by coalesce(t.online_idr + t.counter_idr, 0) desc, m.name, m.nip""")) {
                s.setLong(1, agency);
                s.setLong(2, agency);
                s.setDate(3, Date.valueOf(month.atDay(1)));
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
            }
            try (var s = c.prepareStatement(MEMBERS + """
                    select t.month, count(*) filter (where t.online_idr + t.counter_idr >= 100000),
                           sum(t.online_idr + t.counter_idr)
                    from members m cross join generate_series(cast(? as date), ?, interval '1 month') g(month)
                    cross join lateral (
                        select t.month, t.online_idr, t.counter_idr from asn_month_total t
                        where t.nip = m.nip and t.month = g.month::date offset 0) t
                    group by t.month""")) {
                s.setLong(1, agency);
                s.setLong(2, agency);
                s.setDate(3, Date.valueOf(month.minusMonths(5).atDay(1)));
                s.setDate(4, Date.valueOf(month.atDay(1)));
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(2);
                    }
                }
            }
        }
    }

    private void bareProvince(YearMonth month) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement("""
                with members as (
                    select r.nip, r.agency_id from asn_roster r
                    union all
                    select i.nip, i.agency_id from asn_identity i
                    where not exists (select 1 from asn_roster r where r.nip = i.nip))
                select a.code, a.name, count(m.nip), count(*) filter (where t.online_idr + t.counter_idr >= 100000),
                       coalesce(sum(t.online_idr + t.counter_idr), 0)
                from asn_agency a left join members m on m.agency_id = a.id
                left join asn_month_total t on t.nip = m.nip and t.month = ?
                group by a.id, a.code, a.name order by a.code""")) {
            s.setDate(1, Date.valueOf(month.atDay(1)));
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
    }

    private String trendPlan(String code, YearMonth month) {
        long agency = jdbc.sql("select id from asn_agency where code = :c").param("c", code).query(Long.class).single();
        return String.join("\n", jdbc.sql("explain (analyze, buffers) " + MEMBERS.replace("?", String.valueOf(agency))
                        + "select t.month, count(*) filter (where t.online_idr + t.counter_idr >= 100000)"
                        + " from members m cross join generate_series(date '" + month.minusMonths(5).atDay(1)
                        + "', date '" + month.atDay(1) + "', interval '1 month') g(month)"
                        + " cross join lateral (select t.month, t.online_idr, t.counter_idr from asn_month_total t"
                        + " where t.nip = m.nip and t.month = g.month::date offset 0) t group by t.month")
                .query(String.class).list()) + "\n";
    }

    private String plan(String code, YearMonth month) {
        long agency = jdbc.sql("select id from asn_agency where code = :c").param("c", code).query(Long.class).single();
        return String.join("\n", jdbc.sql("explain (analyze, buffers) " + MEMBERS.replace("?", String.valueOf(agency))
                        + "select m.nip, m.name, coalesce(t.online_idr, 0) from members m left join asn_month_total t"
                        + " on t.nip = m.nip and t.month = date '" + month.atDay(1) + "'"
                        + " order by coalesce(t.online_idr + t.counter_idr, 0) desc, m.name, m.nip")
                .query(String.class).list()) + "\n";
    }
}
