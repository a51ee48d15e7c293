package id.nttmart.payment.sandbox;

import id.nttmart.payment.stripe.PaymentMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stripe's {@code Idempotency-Key}: the first successful answer to a key is stored with the request's fingerprint
 * and replayed for every later request with that key, on any instance. The key is claimed by an insert in the
 * request's transaction, so a concurrent request with the same key waits for the first and then replays it; a
 * refused request (4xx) stores nothing and may be sent again. Reusing a key for another request is an error.
 */
@Component
@Conditional(PaymentMode.OnSandbox.class)
class SandboxIdempotency {

    /** An answer, and the events its change caused (to deliver after commit; none on a replay). */
    record Answer(int status, String body, List<String> events, boolean replayed) {
        static Answer ok(String body, List<String> events) {
            return new Answer(200, body, events, false);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    SandboxIdempotency(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    Answer run(@Nullable String key, String fingerprint, Supplier<Answer> action) {
        var answer = transaction.execute(status -> {
            if (key == null || key.isBlank()) {
                return action.get();
            }
            int claimed = jdbc.sql("""
                            insert into sandbox_idempotency (key, request_hash) values (:key, :hash)
                            on conflict (key) do nothing""")
                    .param("key", key).param("hash", fingerprint).update();
            if (claimed == 0) {
                return replay(key, fingerprint);
            }
            var fresh = action.get();
            jdbc.sql("update sandbox_idempotency set status = :status, body = :body where key = :key")
                    .param("status", fresh.status()).param("body", fresh.body()).param("key", key).update();
            return fresh;
        });
        if (answer == null) {
            throw new IllegalStateException("no answer");
        }
        return answer;
    }

    private Answer replay(String key, String fingerprint) {
        record Stored(String requestHash, @Nullable Integer status, @Nullable String body) {}
        Optional<Stored> stored = jdbc.sql("select request_hash, status, body from sandbox_idempotency where key = :key")
                .param("key", key)
                .query((row, number) -> new Stored(row.getString("request_hash"),
                        (Integer) row.getObject("status"), row.getString("body")))
                .optional();
        if (stored.isEmpty() || stored.get().status() == null || stored.get().body() == null) {
            throw new SandboxApiException(409, "idempotency_error", "idempotency_key_in_use",
                    "There is currently another in-progress request using this Idempotent Key.", null);
        }
        if (!stored.get().requestHash().equals(fingerprint)) {
            throw new SandboxApiException(400, "idempotency_error", "idempotency_key_reused",
                    "Keys for idempotent requests can only be used with the same parameters they were first used"
                            + " with.", null);
        }
        return new Answer(stored.get().status(), stored.get().body(), List.of(), true);
    }
}
