package id.nttmart.settlement;

import id.nttmart.security.BackOfficeAccess;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What each producer is owed for a month at an outlet. A sale counts in the month (Asia/Makassar) its units left the
 * outlet, shipped to the buyer or handed over at the counter, at the unit price the buyer paid; unpaid, cancelled or
 * refunded lines never leave the shelf, so they never count. The outlet keeps 10 % of each producer's month, rounded
 * to the rupiah, and the producer gets the rest, so the two always add up to the sales.
 */
@Service
public class Settlement {

    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private final JdbcClient jdbc;
    private final BackOfficeAccess access;

    Settlement(JdbcClient jdbc, BackOfficeAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** One sold line: an order's units of a product that left the outlet. */
    public record SoldLine(String outletCode, long producerId, String producer, String producerKind,
            String orderNumber, String sku, String productName, int units, long unitPriceIdr,
            java.time.Instant leftAt) {

        public long totalIdr() {
            return units * unitPriceIdr;
        }
    }

    /** A producer's month at an outlet. */
    public record ProducerMonth(String outletCode, String producer, String producerKind, YearMonth month, int orders,
            int units, long salesIdr) {

        /** The outlet's 10 %, half up to the rupiah. */
        public long outletShareIdr() {
            return (salesIdr + 5) / 10;
        }

        public long producerShareIdr() {
            return salesIdr - outletShareIdr();
        }
    }

    /** Every sold line of the month at the outlet, oldest first; throws AccessDeniedException outside the scope. */
    public List<SoldLine> lines(long outletId, YearMonth month) {
        access.requireOutlet(outletId);
        LocalDate first = month.atDay(1);
        return jdbc.sql("""
                        select o.code as outlet, p.id as producer_id, p.name as producer, p.kind, co.number, ol.sku, ol.name,
                               -m.on_hand_delta as units, ol.unit_price_idr, m.created_at
                        from stock_movement m
                        join outlet o on o.id = m.outlet_id
                        join customer_order co on co.hold_id = m.hold_id
                        join order_line ol on ol.order_id = co.id and ol.product_id = m.product_id
                        join product pr on pr.id = m.product_id
                        join producer p on p.id = pr.producer_id
                        where m.outlet_id = :outlet and m.kind in ('SHIPPED', 'HANDED_OVER')
                          and m.created_at >= :from and m.created_at < :to
                        order by m.created_at, m.id""")
                .param("outlet", outletId)
                .param("from", java.sql.Timestamp.from(first.atStartOfDay(WITA).toInstant()))
                .param("to", java.sql.Timestamp.from(first.plusMonths(1).atStartOfDay(WITA).toInstant()))
                .query((rs, n) -> new SoldLine(rs.getString("outlet"), rs.getLong("producer_id"),
                        rs.getString("producer"), rs.getString("kind"), rs.getString("number"), rs.getString("sku"), rs.getString("name"), rs.getInt("units"),
                        rs.getLong("unit_price_idr"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The month per producer at the outlet, by producer name; sums of {@link #lines}, so they match exactly. */
    public List<ProducerMonth> producers(long outletId, YearMonth month) {
        Map<Long, List<SoldLine>> byProducer = new LinkedHashMap<>();
        for (SoldLine line : lines(outletId, month)) {
            byProducer.computeIfAbsent(line.producerId(), p -> new ArrayList<>()).add(line);
        }
        List<ProducerMonth> result = new ArrayList<>();
        for (List<SoldLine> sold : byProducer.values()) {
            SoldLine any = sold.getFirst();
            result.add(new ProducerMonth(any.outletCode(), any.producer(), any.producerKind(), month,
                    (int) sold.stream().map(SoldLine::orderNumber).distinct().count(),
                    sold.stream().mapToInt(SoldLine::units).sum(), sold.stream().mapToLong(SoldLine::totalIdr).sum()));
        }
        result.sort(java.util.Comparator.comparing(ProducerMonth::producer));
        return result;
    }
}
