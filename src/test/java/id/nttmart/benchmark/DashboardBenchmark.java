package id.nttmart.benchmark;

import id.nttmart.dashboard.Dashboard;
import id.nttmart.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The province dashboard over 3 million orders of synthetic history (24 months, 2001-2002, far from the other tests'
 * months): {@code Dashboard.figures} for one month, read from the monthly aggregates, beside the same figures computed
 * by bare SQL from the raw sales. Both data sets are generated in PostgreSQL with {@code generate_series}:
 *
 * <ul>
 *   <li>raw sales: 3,000,000 orders of one line each in a compact unlogged table {@code bench_raw_sale} (paid time,
 *       status, outlet, product, quantity, unit price), which is what the dashboard would otherwise read from the
 *       join of {@code customer_order}, {@code shipment}, {@code shipment_line} and {@code order_line}; the real join
 *       only costs more. It is indexed by paid time, so the bare path reads only the month (about 125,000 rows);
 *   <li>the aggregates grouped from those raw sales, as the ledger (or its rebuild) would hold them: up to
 *       22 outlets x {@value #PRODUCTS} products per month.
 * </ul>
 *
 * <p>Results to {@code target/benchmarks/dashboard.md}. Everything generated is removed afterwards. Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=DashboardBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class DashboardBenchmark {

    static final int ORDERS = 3_000_000;
    static final int MONTHS = 24;
    static final int PRODUCTS = 2_000;
    static final int CLIENTS = 4;
    static final YearMonth FIRST = YearMonth.of(2001, 1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dashboard dashboard;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Test
    void measure() throws Exception {
        String producer = "Bench Dasbor " + UUID.randomUUID().toString().substring(0, 8);
        var report = new StringBuilder("# Province dashboard over 3 million orders\n\n");
        try {
            long t0 = System.nanoTime();
            generateProducts(producer);
            generateRawSales(producer);
            long rawSeconds = seconds(t0);
            long t1 = System.nanoTime();
            generateAggregates();
            long aggregatesSeconds = seconds(t1);
            long aggregateRows = jdbc.sql("select count(*) from sales_month where month < '2003-01-01'")
                    .query(Long.class).single();
            long rawRows = jdbc.sql("select count(*) from bench_raw_sale").query(Long.class).single();
            YearMonth month = FIRST.plusMonths(14);

            var appFigures = figures(month);
            var bareTotal = bare(month);
            if (appFigures.amountIdr() != (long) bareTotal.get(0)) {
                throw new AssertionError("aggregates and raw sales disagree: " + appFigures.amountIdr() + " vs "
                        + bareTotal.get(0));
            }
            LatencyRecorder.measure("warm-up", CLIENTS, 10, (c, i) -> {
                figures(FIRST.plusMonths(i % MONTHS));
                return () -> {};
            });
            var results = new ArrayList<LatencyRecorder.Result>();
            results.add(LatencyRecorder.measure("app: Dashboard.figures(month), monthly aggregates", CLIENTS, 50,
                    (c, i) -> {
                        figures(FIRST.plusMonths((c * 50 + i) % MONTHS));
                        return () -> {};
                    }));
            results.add(LatencyRecorder.measure("bare SQL over 3M raw sales (same figures, index on paid time)",
                    CLIENTS, 6, (c, i) -> {
                        bare(FIRST.plusMonths((c * 6 + i) % MONTHS));
                        return () -> {};
                    }));
            report.append("Generated in PostgreSQL: ").append(rawRows).append(" raw sales (one order, one line each) over ")
                    .append(MONTHS).append(" months in ").append(rawSeconds).append(" s; ").append(aggregateRows)
                    .append(" aggregate rows in `sales_month` (month x outlet x product, grouped from the raw sales as a"
                            + " rebuild would) in ").append(aggregatesSeconds).append(" s.\n\n")
                    .append("Each operation computes one month's figures: total, per outlet (and from it regency and"
                            + " island), program, category, top 10 products, producers and products per regency,"
                            + " the 12-month trend. Target: p95 under 1 s.\n\n")
                    .append("| scenario | clients | operations | p50 ms | p95 ms | p99 ms | ops/s |\n")
                    .append("| --- | --- | --- | --- | --- | --- | --- |\n");
            results.forEach(r -> report.append(r.line()).append('\n'));
            report.append("\nThe month checked both ways: ").append(month).append(", ")
                    .append(appFigures.amountIdr()).append(" IDR in ").append(appFigures.orders())
                    .append(" orders, equal on both paths.\n");
        } finally {
            cleanUp(producer);
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/dashboard.md"), report);
    }

    private id.nttmart.dashboard.DashboardFigures figures(YearMonth month) {
        securityContexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench",
                null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return dashboard.figures(month, Locale.ENGLISH);
        } finally {
            securityContexts.clearContext();
        }
    }

    private static long seconds(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toSeconds();
    }

    private void generateProducts(String producer) {
        long producerId = jdbc.sql("insert into producer (name, kind, regency_id) values (:n, 'UMKM', 10) returning id")
                .param("n", producer).query(Long.class).single();
        jdbc.sql("""
                insert into product (sku, slug, name_id, name_en, category_code, program, origin, regency_id,
                                     producer_id, price_idr, weight_g, status)
                select 'BENCH-DSB-' || :tag || '-' || g, 'bench-dsb-' || lower(:tag) || '-' || g, 'Produk uji ' || g,
                       'Bench product ' || g,
                       (array['tenun','kopi','madu','pangan','camilan','rempah','kerajinan','aksesoris'])[1 + g % 8],
                       (array['OVOP','OSOP','OCOP'])[1 + g % 3], 'Desa Uji', 1 + g % 22, :p,
                       10000 + (g % 50) * 5000, 500, 'DELISTED'
                from generate_series(1, :n) g""").param("tag", producer.substring(producer.length() - 8))
                .param("p", producerId).param("n", PRODUCTS).update();
    }

    /** The aggregates exactly as the ledger would have kept them for the raw sales (what a rebuild writes). */
    private void generateAggregates() {
        jdbc.sql("""
                insert into sales_month (month, outlet_id, product_id, orders, units, amount_idr)
                select date_trunc('month', paid_at at time zone 'Asia/Makassar')::date, outlet_id, product_id,
                       count(*), sum(quantity), sum(quantity * unit_price_idr)
                from bench_raw_sale where status in ('PAID', 'FULFILLED') group by 1, 2, 3""").update();
        jdbc.sql("""
                insert into sales_month_outlet (month, outlet_id, orders, amount_idr)
                select date_trunc('month', paid_at at time zone 'Asia/Makassar')::date, outlet_id, count(*),
                       sum(quantity * unit_price_idr)
                from bench_raw_sale where status in ('PAID', 'FULFILLED') group by 1, 2""").update();
        jdbc.sql("""
                insert into sales_month_total (month, orders, amount_idr)
                select month, sum(orders), sum(amount_idr) from sales_month_outlet
                where month < '2003-01-01' group by month""").update();
        jdbc.sql("analyze sales_month").update();
    }

    private void generateRawSales(String producer) {
        jdbc.sql("drop table if exists bench_raw_sale").update();
        jdbc.sql("""
                create unlogged table bench_raw_sale (order_id bigint, paid_at timestamptz, status text,
                    outlet_id bigint, product_id bigint, quantity int, unit_price_idr bigint)""").update();
        jdbc.sql("""
                insert into bench_raw_sale
                select g, timestamptz '2001-01-01 00:00+08' + (g::double precision / :orders) * interval '730 days',
                       case when g % 20 = 0 then 'CANCELLED' when g % 50 = 1 then 'REFUNDED' else 'PAID' end,
                       o.ids[1 + g % array_length(o.ids, 1)], p.ids[1 + (g * 7) % array_length(p.ids, 1)],
                       1 + g % 3, 10000 + (g % 50) * 5000
                from generate_series(1, :orders) g,
                     (select array_agg(id order by id) ids from outlet where main_outlet) o,
                     (select array_agg(p.id order by p.id) ids from product p join producer r on r.id = p.producer_id
                      where r.name = :producer) p""").param("orders", ORDERS).param("producer", producer).update();
        jdbc.sql("create index on bench_raw_sale (paid_at)").update();
        jdbc.sql("analyze bench_raw_sale").update();
    }

    /** The dashboard's figures straight from the raw sales; returns the month's total first. */
    private List<Object> bare(YearMonth month) {
        var from = java.sql.Timestamp.from(month.atDay(1).atStartOfDay(Dashboard.WITA).toInstant());
        var to = java.sql.Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(Dashboard.WITA).toInstant());
        var trendFrom = java.sql.Timestamp.from(month.minusMonths(11).atDay(1).atStartOfDay(Dashboard.WITA)
                .toInstant());
        String counted = " from bench_raw_sale s where s.status in ('PAID', 'FULFILLED') and s.paid_at >= :f"
                + " and s.paid_at < :t";
        List<Object> out = new ArrayList<>();
        out.add(jdbc.sql("select coalesce(sum(quantity * unit_price_idr), 0)" + counted).param("f", from)
                .param("t", to).query(Long.class).single());
        out.add(jdbc.sql("select o.code, r.name, r.island, count(distinct s.order_id), sum(s.quantity),"
                + " sum(s.quantity * s.unit_price_idr)" + counted.replace("from bench_raw_sale s",
                        "from bench_raw_sale s join outlet o on o.id = s.outlet_id join regency r on r.id = o.regency_id")
                + " group by o.code, r.name, r.island").param("f", from).param("t", to).query().listOfRows());
        out.add(jdbc.sql("select p.program, p.category_code, sum(s.quantity), sum(s.quantity * s.unit_price_idr)"
                + counted.replace("from bench_raw_sale s", "from bench_raw_sale s join product p on p.id = s.product_id")
                + " group by grouping sets ((p.program), (p.category_code))").param("f", from).param("t", to)
                .query().listOfRows());
        out.add(jdbc.sql("select s.product_id, sum(s.quantity * s.unit_price_idr) a" + counted
                + " group by s.product_id order by a desc limit 10").param("f", from).param("t", to).query()
                .listOfRows());
        out.add(jdbc.sql("select p.regency_id, count(distinct p.producer_id), count(distinct p.id)" + counted.replace(
                "from bench_raw_sale s", "from bench_raw_sale s join product p on p.id = s.product_id")
                + " group by p.regency_id").param("f", from).param("t", to).query().listOfRows());
        out.add(jdbc.sql("select date_trunc('month', s.paid_at at time zone 'Asia/Makassar'), count(*),"
                + " sum(s.quantity * s.unit_price_idr)" + counted + " group by 1").param("f", trendFrom)
                .param("t", to).query().listOfRows());
        return out;
    }

    private void cleanUp(String producer) {
        jdbc.sql("drop table if exists bench_raw_sale").update();
        jdbc.sql("""
                delete from sales_month where product_id in (select p.id from product p join producer r
                    on r.id = p.producer_id where r.name = :producer)""").param("producer", producer).update();
        jdbc.sql("delete from sales_month_outlet where month < '2003-01-01'").update();
        jdbc.sql("delete from sales_month_total where month < '2003-01-01'").update();
        jdbc.sql("delete from product where producer_id in (select id from producer where name = :producer)")
                .param("producer", producer).update();
        jdbc.sql("delete from producer where name = :producer").param("producer", producer).update();
    }
}
