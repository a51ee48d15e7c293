package id.nttmart.payment.sandbox;

import id.nttmart.payment.stripe.PaymentMode;
import id.nttmart.payment.stripe.WebhookSecret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox's webhooks: events are stored with the change that causes them, then POSTed to the shop's webhook
 * signed as Stripe signs them ({@code Stripe-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, t.payload)>}). A
 * delivery that fails is retried with back-off by {@link #relayDue(int)}, which runs on every instance and takes
 * each due event once ({@code FOR UPDATE SKIP LOCKED}).
 */
@Component
@Conditional(PaymentMode.OnSandbox.class)
class SandboxWebhooks implements DisposableBean {

    static final int MAX_ATTEMPTS = 8;

    private static final Logger log = LoggerFactory.getLogger(SandboxWebhooks.class);
    /** Waits after the 1st, 2nd, ... failed attempt. */
    private static final List<Duration> BACK_OFF = List.of(Duration.ofSeconds(2), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(30));
    /** A delivery in progress holds its event this long before the relay may take it over. */
    private static final Duration LEASE = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final WebhookSecret secret;
    private final SandboxAddress address;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    SandboxWebhooks(JdbcClient jdbc, TransactionTemplate transaction, WebhookSecret secret, SandboxAddress address) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.secret = secret;
        this.address = address;
        this.clock = Clock.systemUTC();
    }

    /** Stores an event in the caller's transaction, due for delivery once the lease of its first attempt ends. */
    String record(String type, JsonNode object) {
        String id = SandboxIds.event();
        String payload = SandboxJson.JSON.writeValueAsString(SandboxJson.event(id, type, object, clock.instant()));
        jdbc.sql("""
                        insert into sandbox_event (id, type, payload, next_attempt_at)
                        values (:id, :type, :payload, now() + make_interval(secs => :lease))""")
                .param("id", id).param("type", type).param("payload", payload).param("lease", LEASE.toSeconds())
                .update();
        return id;
    }

    /** Delivers now, on the caller's thread (the buyer waits for the shop to hear of the payment). */
    void deliverNow(List<String> eventIds) {
        eventIds.forEach(this::deliver);
    }

    /** Delivers soon, on another thread (an API caller must not wait for its own webhook). */
    void deliverSoon(List<String> eventIds) {
        if (!eventIds.isEmpty()) {
            background.submit(() -> deliverNow(eventIds));
        }
    }

    /**
     * Delivers up to {@code limit} events whose retry is due; returns how many were attempted. Each is claimed for
     * the length of a lease first (locked with {@code SKIP LOCKED}, so one instance claims it), then delivered
     * without holding a database connection.
     */
    int relayDue(int limit) {
        List<String> claimed = transaction.execute(status -> jdbc.sql("""
                        update sandbox_event set next_attempt_at = now() + make_interval(secs => :lease)
                        where id in (select id from sandbox_event
                                     where delivered_at is null and next_attempt_at <= now() and attempts < :max
                                     order by next_attempt_at limit :limit for update skip locked)
                        returning id""")
                .param("lease", LEASE.toSeconds()).param("max", MAX_ATTEMPTS).param("limit", limit)
                .query(String.class).list());
        if (claimed == null) {
            return 0;
        }
        claimed.forEach(this::deliver);
        return claimed.size();
    }

    String sign(String payload, long timestamp) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** One attempt at an event that is claimed (by its first lease or by {@link #relayDue(int)}). */
    private void deliver(String id) {
        var pending = jdbc.sql("select payload from sandbox_event where id = :id and delivered_at is null")
                .param("id", id).query(String.class).optional();
        if (pending.isEmpty()) {
            return;
        }
        String payload = pending.get();
        String failure;
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(address.webhookUrl()))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json; charset=utf-8")
                            .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks) nttmart-sandbox")
                            .header("Stripe-Signature", sign(payload, clock.instant().getEpochSecond()))
                            .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                jdbc.sql("update sandbox_event set delivered_at = now(), attempts = attempts + 1, last_error = null"
                        + " where id = :id").param("id", id).update();
                return;
            }
            failure = "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        } catch (Exception e) {
            failure = e.toString();
        }
        int attempts = jdbc.sql("""
                        update sandbox_event set attempts = attempts + 1, last_error = :failure
                        where id = :id returning attempts""")
                .param("id", id).param("failure", failure).query(Integer.class).single();
        long wait = BACK_OFF.get(Math.min(attempts, BACK_OFF.size()) - 1).toSeconds();
        jdbc.sql("update sandbox_event set next_attempt_at = now() + make_interval(secs => :wait) where id = :id")
                .param("id", id).param("wait", wait).update();
        if (attempts >= MAX_ATTEMPTS) {
            log.error("Sandbox webhook {} gave up after {} attempts: {}", id, attempts, failure);
        } else {
            log.warn("Sandbox webhook {} failed (attempt {}), retrying in {} s: {}", id, attempts, wait, failure);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
