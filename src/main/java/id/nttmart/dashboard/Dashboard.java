package id.nttmart.dashboard;

import id.nttmart.dashboard.DashboardFigures.MonthTotal;
import id.nttmart.dashboard.DashboardFigures.OutletSales;
import id.nttmart.dashboard.DashboardFigures.RegencyCatalogue;
import id.nttmart.dashboard.DashboardFigures.Slice;
import id.nttmart.dashboard.DashboardFigures.TopProduct;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The province's month for administrators, read from the aggregates {@link SalesLedger} keeps. */
@Service
public class Dashboard {

    /** The calendar of the figures: Asia/Makassar (WITA), where every outlet is. */
    public static final ZoneId WITA = ZoneId.of(SalesLedger.WITA);

    /** The governor's target for a month's transactions across all outlets: Rp150-200 billion. */
    public static final long TARGET_LOW_IDR = 150_000_000_000L;

    public static final long TARGET_HIGH_IDR = 200_000_000_000L;

    static final int TREND_MONTHS = 12;

    static final int TOP_PRODUCTS = 10;

    private final JdbcClient jdbc;
    private final ObjectProvider<AsnCompliance> asn;

    Dashboard(JdbcClient jdbc, ObjectProvider<AsnCompliance> asn) {
        this.jdbc = jdbc;
        this.asn = asn;
    }

    /** The current month in WITA. */
    public static YearMonth thisMonth() {
        return YearMonth.now(WITA);
    }

    /** Every figure of {@code month}, names in {@code locale}'s language (Indonesian unless English). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public DashboardFigures figures(YearMonth month, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        LocalDate first = month.atDay(1);
        var total = jdbc.sql("select orders, amount_idr from sales_month_total where month = :m").param("m", first)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional().orElse(new long[2]);
        List<OutletSales> outlets = jdbc.sql("""
                select o.code, o.name, r.name as regency, r.island, o.latitude, o.longitude,
                       coalesce(t.orders, 0) as orders, coalesce(u.units, 0) as units,
                       coalesce(t.amount_idr, 0) as amount_idr
                from outlet o
                join regency r on r.id = o.regency_id
                left join sales_month_outlet t on t.outlet_id = o.id and t.month = :m
                left join (select outlet_id, sum(units) as units from sales_month where month = :m
                           group by outlet_id) u on u.outlet_id = o.id
                order by r.id, o.code""").param("m", first).query(OutletSales.class).list();
        return new DashboardFigures(month, total[0], total[1], TARGET_LOW_IDR, TARGET_HIGH_IDR, trend(month),
                outlets, sum(outlets, OutletSales::regency), sum(outlets, OutletSales::island),
                products(first, "p.program", "p.program"),
                products(first, "p.category_code", english ? "c.name_en" : "c.name_id"),
                top(first, english), catalogue(first),
                asn.getIfAvailable(() -> AsnCompliance.NONE).rates(month));
    }

    private List<MonthTotal> trend(YearMonth month) {
        YearMonth from = month.minusMonths(TREND_MONTHS - 1);
        Map<YearMonth, MonthTotal> found = new LinkedHashMap<>();
        jdbc.sql("select month, orders, amount_idr from sales_month_total where month between :f and :t")
                .param("f", from.atDay(1)).param("t", month.atDay(1))
                .query((rs, n) -> new MonthTotal(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2),
                        rs.getLong(3)))
                .list().forEach(t -> found.put(t.month(), t));
        List<MonthTotal> trend = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(month); m = m.plusMonths(1)) {
            trend.add(found.getOrDefault(m, new MonthTotal(m, 0, 0)));
        }
        return trend;
    }

    private static List<Slice> sum(List<OutletSales> outlets, Function<OutletSales, String> by) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (OutletSales o : outlets) {
            long[] s = sums.computeIfAbsent(by.apply(o), k -> new long[3]);
            s[0] += o.orders();
            s[1] += o.units();
            s[2] += o.amountIdr();
        }
        return sums.entrySet().stream().map(e -> new Slice(e.getKey(), e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2])).toList();
    }

    /** Sales by a property of the product; every program or category shows, sold or not. */
    private List<Slice> products(LocalDate month, String key, String label) {
        String all = key.equals("p.program")
                ? "(values ('OVOP', 1), ('OSOP', 2), ('OCOP', 3)) as k(key, position)"
                : "(select code as key, position, name_id, name_en from category) as k";
        String labelColumn = label.startsWith("c.") ? "k." + label.substring(2) : "k.key";
        return jdbc.sql("""
                select k.key, %s as label, coalesce(s.orders, 0) as orders, coalesce(s.units, 0) as units,
                       coalesce(s.amount_idr, 0) as amount_idr
                from %s
                left join (select %s as key, sum(sm.orders) as orders, sum(sm.units) as units,
                                  sum(sm.amount_idr) as amount_idr
                           from sales_month sm join product p on p.id = sm.product_id
                           where sm.month = :m group by 1) s on s.key = k.key
                order by k.position""".formatted(labelColumn, all, key)).param("m", month).query(Slice.class)
                .list();
    }

    private List<TopProduct> top(LocalDate month, boolean english) {
        return jdbc.sql("""
                select p.sku, %s as name, r.name as regency, p.program, %s as category, s.units, s.amount_idr
                from (select product_id, sum(units) as units, sum(amount_idr) as amount_idr from sales_month
                      where month = :m group by product_id order by 3 desc, 1 limit :n) s
                join product p on p.id = s.product_id
                join regency r on r.id = p.regency_id
                join category c on c.code = p.category_code
                order by s.amount_idr desc, p.sku""".formatted(english ? "p.name_en" : "p.name_id",
                english ? "c.name_en" : "c.name_id")).param("m", month).param("n", TOP_PRODUCTS)
                .query(TopProduct.class).list();
    }

    private List<RegencyCatalogue> catalogue(LocalDate month) {
        return jdbc.sql("""
                select r.name as regency, r.island,
                       (select count(distinct p.producer_id) from product p
                        where p.regency_id = r.id and p.status = 'LISTED') as active_producers,
                       (select count(*) from product p where p.regency_id = r.id and p.status = 'LISTED')
                           as listed_products,
                       coalesce(s.producers, 0) as producers_selling, coalesce(s.products, 0) as products_selling
                from regency r
                left join (select p.regency_id, count(distinct p.producer_id) as producers,
                                  count(distinct p.id) as products
                           from sales_month sm join product p on p.id = sm.product_id
                           where sm.month = :m group by p.regency_id) s on s.regency_id = r.id
                order by r.id""").param("m", month).query(RegencyCatalogue.class).list();
    }
}
