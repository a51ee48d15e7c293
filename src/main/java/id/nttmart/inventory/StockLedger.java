package id.nttmart.inventory;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of the {@code stock} table: every change is one conditional update plus one recorded movement,
 * in the caller's transaction. The conditions (never negative, never more reserved than on hand, never reserve more
 * than is available) are checked by the update itself, so concurrent buyers cannot oversell.
 */
@Component
class StockLedger {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    StockLedger(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Applies a change; returns false (and changes nothing) when the stock would go below zero, below what is
     * reserved, or reserve more than is available.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean apply(long outletId, long productId, MovementKind kind, int onHandDelta, int reservedDelta, String actor,
            String reason, @Nullable UUID holdId) {
        Optional<Integer> available;
        try {
            if (onHandDelta > 0) {
                // Only arriving units can create a stock row; everything else needs one already.
                jdbc.sql("insert into stock (outlet_id, product_id) values (:outlet, :product) on conflict do nothing")
                        .param("outlet", outletId)
                        .param("product", productId)
                        .update();
            }
            // One round trip: the conditional update, the movement only when the update happened, and the units
            // now available at this outlet.
            available = jdbc.sql("""
                            with changed as (
                                update stock set on_hand = on_hand + :onHand, reserved = reserved + :reserved,
                                                 updated_at = now()
                                where outlet_id = :outlet and product_id = :product
                                  and on_hand + :onHand >= 0 and reserved + :reserved >= 0
                                  and reserved + :reserved <= on_hand + :onHand
                                returning outlet_id, product_id, on_hand - reserved as available)
                            insert into stock_movement (outlet_id, product_id, kind, on_hand_delta, reserved_delta,
                                                        actor, reason, hold_id)
                            select outlet_id, product_id, cast(:kind as text), cast(:onHand as integer),
                                   cast(:reserved as integer), cast(:actor as text), cast(:reason as text),
                                   cast(:hold as uuid)
                            from changed
                            returning (select available from changed)""")
                    .param("onHand", onHandDelta)
                    .param("reserved", reservedDelta)
                    .param("outlet", outletId)
                    .param("product", productId)
                    .param("kind", kind.name())
                    .param("actor", actor)
                    .param("reason", reason)
                    .param("hold", holdId)
                    .query(Integer.class)
                    .optional();
        } catch (DataIntegrityViolationException e) {
            return false;
        }
        if (available.isEmpty()) {
            return false;
        }
        int after = available.get();
        int before = after - (onHandDelta - reservedDelta);
        if ((before > 0) != (after > 0)) {
            events.publishEvent(new AvailabilityChanged(productId));
        }
        return true;
    }

    /** On-hand units, with the row locked until the transaction ends, so a count's delta cannot go stale. */
    @Transactional(propagation = Propagation.MANDATORY)
    int onHand(long outletId, long productId) {
        return jdbc.sql("select on_hand from stock where outlet_id = :outlet and product_id = :product for update")
                .param("outlet", outletId)
                .param("product", productId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }
}
