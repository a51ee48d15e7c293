package id.nttmart.ordering;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Payments that did not go the ordinary way, for administrators: paid after the hold lapsed (held again or
 * refunded), paid twice, paid a different amount, or a refund the gateway refused. Newest first.
 */
@Service
public class PaymentAttention {

    /** The event kinds worth a look. */
    static final List<String> KINDS = List.of("payment-late", "payment-late-accepted", "payment-late-refunded",
            "payment-duplicate", "payment-mismatch", "refund-failed");

    private final JdbcClient jdbc;

    PaymentAttention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One such happening: the order, what happened, when, and the gateway's detail (payment id, error). */
    public record Item(String number, OrderStatus status, String kind, Instant at, String detail, long totalIdr,
            String buyerEmail) {}

    public List<Item> newest(int limit) {
        return jdbc.sql("""
                        select o.number, o.status, e.kind, e.created_at, e.detail, o.total_idr, o.buyer_email
                        from order_event e join customer_order o on o.id = e.order_id
                        where e.kind in (:kinds) order by e.id desc limit :limit""")
                .param("kinds", KINDS).param("limit", Math.max(1, Math.min(limit, 500)))
                .query((rs, n) -> new Item(rs.getString("number"), OrderStatus.valueOf(rs.getString("status")),
                        rs.getString("kind"), rs.getTimestamp("created_at").toInstant(), rs.getString("detail"),
                        rs.getLong("total_idr"), rs.getString("buyer_email")))
                .list();
    }
}
