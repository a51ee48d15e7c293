package id.nttmart.dashboard;

import id.nttmart.inventory.HoldEnded;
import id.nttmart.inventory.ShipmentLinesUnfillable;
import id.nttmart.inventory.ShipmentRerouted;
import id.nttmart.ordering.OrderPaid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the monthly sales aggregates in step with the orders, in the transaction that changes an order.
 *
 * <p>What counts: an order in status {@code PAID} or {@code FULFILLED}, in the WITA month of its {@code paid_at}, at
 * the outlets of its shipments that still carry goods (not {@code REJECTED} or {@code RELEASED}), each shipped line at
 * the unit price the buyer paid ({@code order_line.unit_price_idr}); delivery charges are not sales. Cancelled,
 * refunded and expired orders count nothing. Partial refunds: lines refunded because no outlet could fill them sit
 * only in a rejected shipment, so they drop out with it; other refunds (a second payment, a payment of the wrong
 * amount) return money that was never the order's price and change nothing.
 *
 * <p>How: each order's contribution is kept in {@code sales_order_share}; when an event touches an order, its old
 * rows are subtracted from the aggregates and its current ones added. Events arriving twice or in any order therefore
 * leave the aggregates equal to {@link #rebuild()}, which recomputes everything from the orders (for repair).
 */
@Service
public class SalesLedger {

    static final String WITA = "Asia/Makassar";

    private static final String CONTRIBUTION = """
            select o.id as order_id, s.outlet_id, sl.product_id,
                   date_trunc('month', o.paid_at at time zone 'Asia/Makassar')::date as month,
                   sum(sl.quantity)::int as units, sum(sl.quantity * ol.unit_price_idr) as amount_idr
            from customer_order o
            join shipment s on s.hold_id = o.hold_id and s.status in ('ACTIVE', 'SHIPPED', 'HANDED_OVER')
            join shipment_line sl on sl.shipment_id = s.id
            join order_line ol on ol.order_id = o.id and ol.product_id = sl.product_id
            where o.status in ('PAID', 'FULFILLED') and o.paid_at is not null
            """;

    private final JdbcClient jdbc;

    SalesLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(OrderPaid paid) {
        jdbc.sql("select id from customer_order where number = :n").param("n", paid.number()).query(Long.class)
                .optional().ifPresent(this::refresh);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(HoldEnded ended) {
        refreshByHold(ended.holdId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ShipmentLinesUnfillable unfillable) {
        refreshByHold(unfillable.holdId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ShipmentRerouted rerouted) {
        refreshByHold(rerouted.holdId());
    }

    private void refreshByHold(UUID holdId) {
        jdbc.sql("select id from customer_order where hold_id = :h").param("h", holdId).query(Long.class).list()
                .forEach(this::refresh);
    }

    /** Brings one order's share of the aggregates up to date (joins the caller's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(long orderId) {
        List<Share> old = jdbc.sql("""
                delete from sales_order_share where order_id = :id
                returning order_id, outlet_id, product_id, month, units, amount_idr""").param("id", orderId)
                .query(Share.class).list();
        List<Share> fresh = jdbc.sql(CONTRIBUTION + " and o.id = :id group by o.id, s.outlet_id, sl.product_id,"
                + " o.paid_at").param("id", orderId).query(Share.class).list();
        insert(fresh);
        if (sorted(old).equals(sorted(fresh))) {
            return;
        }
        apply(old, -1);
        apply(fresh, 1);
    }

    private static List<Share> sorted(List<Share> shares) {
        return shares.stream().sorted(Share.ORDER).toList();
    }

    private void insert(List<Share> shares) {
        for (Share s : shares) {
            jdbc.sql("insert into sales_order_share (order_id, outlet_id, product_id, month, units, amount_idr)"
                    + " values (:o, :out, :p, :m, :u, :a)").param("o", s.orderId()).param("out", s.outletId())
                    .param("p", s.productId()).param("m", s.month()).param("u", s.units())
                    .param("a", s.amountIdr()).update();
        }
    }

    /** Adds ({@code sign} 1) or subtracts (-1) one order's shares; rows are touched in key order, so no deadlock. */
    private void apply(List<Share> shares, int sign) {
        if (shares.isEmpty()) {
            return;
        }
        LocalDate month = shares.getFirst().month();
        Map<Long, long[]> perOutlet = new LinkedHashMap<>();
        long total = 0;
        for (Share s : sorted(shares)) {
            jdbc.sql("""
                    insert into sales_month (month, outlet_id, product_id, orders, units, amount_idr)
                    values (:m, :o, :p, :n, :u, :a)
                    on conflict (month, outlet_id, product_id) do update set orders = sales_month.orders + :n,
                        units = sales_month.units + :u, amount_idr = sales_month.amount_idr + :a""")
                    .param("m", month).param("o", s.outletId()).param("p", s.productId()).param("n", sign)
                    .param("u", (long) sign * s.units()).param("a", sign * s.amountIdr()).update();
            perOutlet.computeIfAbsent(s.outletId(), k -> new long[1])[0] += s.amountIdr();
            total += s.amountIdr();
        }
        jdbc.sql("delete from sales_month where month = :m and orders = 0 and outlet_id in (:o)")
                .param("m", month).param("o", new ArrayList<>(perOutlet.keySet())).update();
        for (var outlet : perOutlet.entrySet()) {
            jdbc.sql("""
                    insert into sales_month_outlet (month, outlet_id, orders, amount_idr) values (:m, :o, :n, :a)
                    on conflict (month, outlet_id) do update set orders = sales_month_outlet.orders + :n,
                        amount_idr = sales_month_outlet.amount_idr + :a""")
                    .param("m", month).param("o", outlet.getKey()).param("n", sign)
                    .param("a", sign * outlet.getValue()[0]).update();
        }
        jdbc.sql("delete from sales_month_outlet where month = :m and orders = 0").param("m", month).update();
        jdbc.sql("""
                insert into sales_month_total (month, orders, amount_idr) values (:m, :n, :a)
                on conflict (month) do update set orders = sales_month_total.orders + :n,
                    amount_idr = sales_month_total.amount_idr + :a""")
                .param("m", month).param("n", sign).param("a", sign * total).update();
        jdbc.sql("delete from sales_month_total where month = :m and orders = 0").param("m", month).update();
    }

    /**
     * Recomputes every aggregate from the orders, for repair (after a restore, a bug, a hand edit). Locks the tables
     * for its transaction, so payments wait for it instead of adding to half-built figures; returns the orders
     * counted.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int rebuild() {
        return rebuildUnchecked();
    }

    /** {@link #rebuild()} without the caller check, for jobs and tests that run as nobody. */
    @Transactional
    public int rebuildUnchecked() {
        jdbc.sql("lock table sales_order_share, sales_month, sales_month_outlet, sales_month_total"
                + " in exclusive mode").update();
        jdbc.sql("delete from sales_order_share").update();
        jdbc.sql("delete from sales_month").update();
        jdbc.sql("delete from sales_month_outlet").update();
        jdbc.sql("delete from sales_month_total").update();
        jdbc.sql("insert into sales_order_share (order_id, outlet_id, product_id, month, units, amount_idr) "
                + CONTRIBUTION + " group by o.id, s.outlet_id, sl.product_id, o.paid_at").update();
        jdbc.sql("""
                insert into sales_month (month, outlet_id, product_id, orders, units, amount_idr)
                select month, outlet_id, product_id, count(*), sum(units), sum(amount_idr)
                from sales_order_share group by month, outlet_id, product_id""").update();
        jdbc.sql("""
                insert into sales_month_outlet (month, outlet_id, orders, amount_idr)
                select month, outlet_id, count(distinct order_id), sum(amount_idr)
                from sales_order_share group by month, outlet_id""").update();
        jdbc.sql("""
                insert into sales_month_total (month, orders, amount_idr)
                select month, count(distinct order_id), sum(amount_idr) from sales_order_share group by month""")
                .update();
        return jdbc.sql("select count(distinct order_id) from sales_order_share").query(Integer.class).single();
    }

    record Share(long orderId, long outletId, long productId, LocalDate month, int units, long amountIdr) {
        static final Comparator<Share> ORDER = Comparator.comparingLong(Share::outletId)
                .thenComparingLong(Share::productId);

        Share {
            Objects.requireNonNull(month);
        }
    }
}
