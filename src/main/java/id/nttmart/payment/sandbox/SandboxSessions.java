package id.nttmart.payment.sandbox;

import id.nttmart.payment.stripe.PaymentMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * The sandbox's checkout sessions and refunds in PostgreSQL. Every change that Stripe would announce records its
 * webhook event in the same (the caller's) transaction; methods return the ids of the events to deliver.
 */
@Component
@Conditional(PaymentMode.OnSandbox.class)
class SandboxSessions {

    record LineItem(String name, long unitAmount, long quantity) {}

    record Session(String id, String status, String paymentStatus, String currency, long amountTotal,
            List<LineItem> lineItems, @Nullable String clientReferenceId, @Nullable String customerEmail,
            @Nullable String locale, Map<String, String> metadata, Map<String, String> intentMetadata,
            String successUrl, @Nullable String cancelUrl, Instant expiresAt, @Nullable String paymentIntent,
            @Nullable String charge, Instant createdAt) {

        boolean open() {
            return "open".equals(status);
        }

        boolean paid() {
            return "paid".equals(paymentStatus);
        }
    }

    record NewSession(List<LineItem> lineItems, String currency, @Nullable String clientReferenceId,
            @Nullable String customerEmail, @Nullable String locale, Map<String, String> metadata,
            Map<String, String> intentMetadata, String successUrl, @Nullable String cancelUrl, Instant expiresAt) {}

    /** A session after a change, with the events that change caused (none when nothing changed). */
    record Changed(Session session, List<String> events) {}

    record Refund(String id, Session session, long amount, long refundedBefore, Map<String, String> metadata,
            Instant createdAt, List<String> events) {}

    private static final TypeReference<List<LineItem>> LINE_ITEMS = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, String>> METADATA = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final SandboxWebhooks webhooks;
    private final SandboxAddress address;

    SandboxSessions(JdbcClient jdbc, SandboxWebhooks webhooks, SandboxAddress address) {
        this.jdbc = jdbc;
        this.webhooks = webhooks;
        this.address = address;
    }

    Session create(NewSession session) {
        long total = 0;
        for (var item : session.lineItems()) {
            total = Math.addExact(total, Math.multiplyExact(item.unitAmount(), item.quantity()));
        }
        return jdbc.sql("""
                        insert into sandbox_session (id, status, payment_status, currency, amount_total, line_items,
                            client_reference_id, customer_email, locale, metadata, intent_metadata, success_url,
                            cancel_url, expires_at)
                        values (:id, 'open', 'unpaid', :currency, :total, cast(:lineItems as jsonb), :reference,
                            :email, :locale, cast(:metadata as jsonb), cast(:intentMetadata as jsonb), :successUrl,
                            :cancelUrl, :expiresAt)
                        returning *""")
                .param("id", SandboxIds.session()).param("currency", session.currency()).param("total", total)
                .param("lineItems", json(session.lineItems())).param("reference", session.clientReferenceId())
                .param("email", session.customerEmail()).param("locale", session.locale())
                .param("metadata", json(session.metadata())).param("intentMetadata", json(session.intentMetadata()))
                .param("successUrl", session.successUrl()).param("cancelUrl", session.cancelUrl())
                .param("expiresAt", java.sql.Timestamp.from(session.expiresAt()))
                .query(SandboxSessions::session).single();
    }

    Optional<Session> find(String id) {
        return jdbc.sql("select * from sandbox_session where id = :id").param("id", id)
                .query(SandboxSessions::session).optional();
    }

    /** Ends an open session (expired or closed), announcing {@code checkout.session.expired}. */
    Optional<Changed> expire(String id, boolean onlyIfLapsed) {
        return jdbc.sql("""
                        update sandbox_session set status = 'expired'
                        where id = :id and status = 'open' and (not :onlyIfLapsed or expires_at <= now())
                        returning *""")
                .param("id", id).param("onlyIfLapsed", onlyIfLapsed).query(SandboxSessions::session).optional()
                .map(this::expired);
    }

    /** Expires up to {@code limit} lapsed open sessions; each once across instances. */
    List<String> expireLapsed(int limit) {
        List<String> events = new ArrayList<>();
        jdbc.sql("""
                        update sandbox_session set status = 'expired'
                        where id in (select id from sandbox_session where status = 'open' and expires_at <= now()
                                     order by expires_at limit :limit for update skip locked)
                        returning *""")
                .param("limit", limit).query(SandboxSessions::session).list()
                .forEach(session -> events.addAll(expired(session).events()));
        return events;
    }

    /** Marks an open, unlapsed session paid; empty when it is not payable (paid, expired) — nothing is charged. */
    Optional<Changed> pay(String id) {
        return jdbc.sql("""
                        update sandbox_session
                        set status = 'complete', payment_status = 'paid',
                            payment_intent = coalesce(payment_intent, :intent), charge = :charge
                        where id = :id and status = 'open' and expires_at > now()
                        returning *""")
                .param("id", id).param("intent", SandboxIds.paymentIntent()).param("charge", SandboxIds.charge())
                .query(SandboxSessions::session).optional()
                .map(session -> new Changed(session, List.of(webhooks.record("checkout.session.completed",
                        SandboxJson.session(session, address.pageUrl(session.id()))))));
    }

    /** Records a declined attempt on an open session (announcing {@code payment_intent.payment_failed}). */
    Optional<Changed> decline(String id, String declineCode, String message) {
        return jdbc.sql("""
                        update sandbox_session set payment_intent = coalesce(payment_intent, :intent)
                        where id = :id and status = 'open' and expires_at > now()
                        returning *""")
                .param("id", id).param("intent", SandboxIds.paymentIntent()).query(SandboxSessions::session)
                .optional()
                .map(session -> new Changed(session, List.of(webhooks.record("payment_intent.payment_failed",
                        SandboxJson.failedPaymentIntent(session, declineCode, message)))));
    }

    /** The paid session of a payment intent or charge, locked for a refund. */
    Optional<Session> lockPaid(String paymentIntentOrCharge) {
        return jdbc.sql("""
                        select * from sandbox_session
                        where (payment_intent = :id or charge = :id) and payment_status = 'paid' for update""")
                .param("id", paymentIntentOrCharge).query(SandboxSessions::session).optional();
    }

    long refunded(Session session) {
        return jdbc.sql("select coalesce(sum(amount), 0) from sandbox_refund where payment_intent = :intent")
                .param("intent", session.paymentIntent()).query(Long.class).single();
    }

    /** Refunds part of a locked, paid session; the caller has checked the amount against what is left. */
    Refund refund(Session session, long amount, Map<String, String> metadata) {
        long before = refunded(session);
        String id = SandboxIds.refund();
        Instant created = jdbc.sql("""
                        insert into sandbox_refund (id, payment_intent, amount, metadata)
                        values (:id, :intent, :amount, cast(:metadata as jsonb)) returning created_at""")
                .param("id", id).param("intent", session.paymentIntent()).param("amount", amount)
                .param("metadata", json(metadata)).query(java.sql.Timestamp.class).single().toInstant();
        String event = webhooks.record("charge.refunded", SandboxJson.charge(session, before + amount));
        return new Refund(id, session, amount, before, metadata, created, List.of(event));
    }

    private Changed expired(Session session) {
        return new Changed(session, List.of(webhooks.record("checkout.session.expired",
                SandboxJson.session(session, address.pageUrl(session.id())))));
    }

    private static Session session(ResultSet row, int number) throws SQLException {
        return new Session(row.getString("id"), row.getString("status"), row.getString("payment_status"),
                row.getString("currency"), row.getLong("amount_total"),
                SandboxJson.JSON.readValue(row.getString("line_items"), LINE_ITEMS),
                row.getString("client_reference_id"), row.getString("customer_email"), row.getString("locale"),
                SandboxJson.JSON.readValue(row.getString("metadata"), METADATA),
                SandboxJson.JSON.readValue(row.getString("intent_metadata"), METADATA),
                row.getString("success_url"), row.getString("cancel_url"),
                row.getTimestamp("expires_at").toInstant(), row.getString("payment_intent"), row.getString("charge"),
                row.getTimestamp("created_at").toInstant());
    }

    private static String json(Object value) {
        return SandboxJson.JSON.writeValueAsString(value);
    }
}
