package id.nttmart.payment.stripe;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The record of gateway events already received: one row per event id, written in the caller's transaction. */
@Component
class PaymentEventLog {

    private final JdbcClient jdbc;

    PaymentEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event unless its id is known; true when it was new. Waits for a concurrent first delivery. */
    boolean recordIfNew(String id, String type, @Nullable String orderNumber, @Nullable String paymentIntent,
            String payload) {
        return jdbc.sql("""
                        insert into payment_event (id, type, order_number, payment_intent, payload)
                        values (:id, :type, :orderNumber, :paymentIntent, cast(:payload as jsonb))
                        on conflict (id) do nothing""")
                .param("id", id).param("type", type).param("orderNumber", orderNumber)
                .param("paymentIntent", paymentIntent).param("payload", payload)
                .update() == 1;
    }

    /** The order a payment intent belongs to, from an earlier event that named both. */
    Optional<String> orderOf(String paymentIntent) {
        return jdbc.sql("""
                        select order_number from payment_event
                        where payment_intent = :paymentIntent and order_number is not null
                        order by received_at limit 1""")
                .param("paymentIntent", paymentIntent).query(String.class).optional();
    }
}
