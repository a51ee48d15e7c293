package id.nttmart.ordering;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An order's payment pages and refunds in PostgreSQL; callers bring the transaction. */
@Repository
class PaymentStore {

    /** One hosted payment page of an order. */
    record Page(long id, long orderId, int attempt, @Nullable String sessionId, @Nullable String url,
            @Nullable String paymentIntentId, long amountIdr, @Nullable Instant expiresAt, String status) {}

    /** A refund to send to the gateway (or sent). */
    record Refund(long id, long orderId, String orderNumber, String idempotencyKey, String paymentIntentId,
            long amountIdr, String reason, String status, int attempts) {}

    private static final String PAGE = """
            select id, order_id, attempt, session_id, page_url, payment_intent_id, amount_idr, expires_at, status
            from order_payment""";

    private final JdbcClient jdbc;

    PaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Page> latest(long orderId) {
        return jdbc.sql(PAGE + " where order_id = :o order by attempt desc limit 1")
                .param("o", orderId).query(PaymentStore::page).optional();
    }

    Optional<Page> bySession(String sessionId) {
        return jdbc.sql(PAGE + " where session_id = :s").param("s", sessionId).query(PaymentStore::page).optional();
    }

    List<Page> pages(long orderId) {
        return jdbc.sql(PAGE + " where order_id = :o order by attempt").param("o", orderId).query(PaymentStore::page)
                .list();
    }

    Page newAttempt(long orderId, long amountIdr, java.time.Instant expiresAt) {
        return jdbc.sql("""
                        insert into order_payment (order_id, attempt, amount_idr, expires_at, status)
                        values (:o, coalesce((select max(attempt) from order_payment where order_id = :o), 0) + 1,
                                :amount, :expires, 'OPENING')
                        returning id, order_id, attempt, session_id, page_url, payment_intent_id, amount_idr,
                                  expires_at, status""")
                .param("o", orderId).param("amount", amountIdr)
                .param("expires", java.sql.Timestamp.from(expiresAt)).query(PaymentStore::page).single();
    }

    void opened(long pageId, String sessionId, String url) {
        jdbc.sql("""
                        update order_payment set session_id = :s, page_url = :u, status = 'OPEN', updated_at = now()
                        where id = :id and status = 'OPENING'""")
                .param("s", sessionId).param("u", url).param("id", pageId).update();
    }

    void setStatus(long pageId, String status) {
        jdbc.sql("update order_payment set status = :st, updated_at = now() where id = :id")
                .param("st", status).param("id", pageId).update();
    }

    void paid(long pageId, String paymentIntentId) {
        jdbc.sql("""
                        update order_payment set status = 'PAID', payment_intent_id = :pi, updated_at = now()
                        where id = :id""")
                .param("pi", paymentIntentId).param("id", pageId).update();
    }

    void recordPaid(long orderId, String sessionId, String paymentIntentId, long amountIdr) {
        jdbc.sql("""
                        insert into order_payment (order_id, attempt, session_id, payment_intent_id, amount_idr, status)
                        values (:o, coalesce((select max(attempt) from order_payment where order_id = :o), 0) + 1,
                                :s, :pi, :amount, 'PAID')""")
                .param("o", orderId).param("s", sessionId).param("pi", paymentIntentId).param("amount", amountIdr)
                .update();
    }

    /** Asks for a refund unless one with this key exists; true when this call asked. */
    boolean requestRefund(long orderId, String key, String paymentIntentId, long amountIdr, String reason) {
        if (amountIdr <= 0) {
            return false; // everything was asked back already
        }
        return jdbc.sql("""
                        insert into order_refund (order_id, idempotency_key, payment_intent_id, amount_idr, reason,
                                                  status)
                        values (:o, :k, :pi, :a, :r, 'REQUESTED') on conflict (idempotency_key) do nothing""")
                .param("o", orderId).param("k", key).param("pi", paymentIntentId).param("a", amountIdr)
                .param("r", reason).update() == 1;
    }

    /**
     * Due refunds for this instance to send: locked past others, and pushed on by {@code lease} meanwhile. A refund
     * the gateway accepted as pending ({@code SENT}) is not sent again (after 24 hours the gateway forgets the
     * idempotency key and would refund twice); its {@code charge.refunded} event settles it.
     */
    List<Refund> claimDueRefunds(int limit, Duration lease) {
        return jdbc.sql("""
                        update order_refund r set next_attempt_at = now() + cast(:lease as interval),
                            attempts = r.attempts + 1
                        from customer_order o
                        where o.id = r.order_id and r.id in (
                            select id from order_refund where status = 'REQUESTED'
                              and next_attempt_at <= now() order by next_attempt_at limit :limit
                            for update skip locked)
                        returning r.id, r.order_id, o.number, r.idempotency_key, r.payment_intent_id, r.amount_idr,
                                  r.reason, r.status, r.attempts""")
                .param("lease", lease.toSeconds() + " seconds").param("limit", limit)
                .query((rs, n) -> new Refund(rs.getLong("id"), rs.getLong("order_id"), rs.getString("number"),
                        rs.getString("idempotency_key"), rs.getString("payment_intent_id"), rs.getLong("amount_idr"),
                        rs.getString("reason"), rs.getString("status"), rs.getInt("attempts")))
                .list();
    }

    /** True when this call changed the refund's state (not already settled by the gateway's webhook). */
    boolean refundSent(long refundId, String gatewayRefundId, boolean succeeded) {
        return jdbc.sql("""
                        update order_refund set gateway_refund_id = :g, status = :s, last_error = null,
                            next_attempt_at = now() + interval '10 minutes', updated_at = now()
                        where id = :id and status in ('REQUESTED', 'SENT')""")
                .param("g", gatewayRefundId).param("s", succeeded ? "SUCCEEDED" : "SENT").param("id", refundId)
                .update() == 1;
    }

    void refundFailed(long refundId, String error, boolean retryable, Duration retryIn) {
        jdbc.sql("""
                        update order_refund set status = case when :retry then status else 'FAILED' end,
                            last_error = :e, next_attempt_at = now() + cast(:later as interval), updated_at = now()
                        where id = :id""")
                .param("retry", retryable).param("e", error).param("later", retryIn.toSeconds() + " seconds")
                .param("id", refundId).update();
    }

    /** The gateway says {@code refundedIdr} of this payment went back in all: refunds up to that sum succeeded. */
    List<Long> refundsSettled(String paymentIntentId, long refundedIdr) {
        return jdbc.sql("""
                        update order_refund set status = 'SUCCEEDED', updated_at = now()
                        where id in (
                            select id from (
                                select id, sum(amount_idr) over (order by id) as running from order_refund
                                where payment_intent_id = :pi and status <> 'FAILED') r
                            where running <= :total)
                          and status <> 'SUCCEEDED'
                        returning order_id""")
                .param("pi", paymentIntentId).param("total", refundedIdr).query(Long.class).list();
    }

    /** What went back of this payment so far. */
    long refundedIdr(String paymentIntentId) {
        return jdbc.sql("""
                        select coalesce(sum(amount_idr), 0) from order_refund
                        where payment_intent_id = :pi and status = 'SUCCEEDED'""")
                .param("pi", paymentIntentId).query(Long.class).single();
    }

    /** What was asked back of this payment so far (sent, settled or waiting), failed refunds aside. */
    long requestedIdr(String paymentIntentId) {
        return jdbc.sql("""
                        select coalesce(sum(amount_idr), 0) from order_refund
                        where payment_intent_id = :pi and status <> 'FAILED'""")
                .param("pi", paymentIntentId).query(Long.class).single();
    }

    private static Page page(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Page(rs.getLong("id"), rs.getLong("order_id"), rs.getInt("attempt"), rs.getString("session_id"),
                rs.getString("page_url"), rs.getString("payment_intent_id"), rs.getLong("amount_idr"),
                rs.getTimestamp("expires_at") == null ? null : rs.getTimestamp("expires_at").toInstant(),
                rs.getString("status"));
    }
}
