package id.nttmart.inventory;

import java.util.List;
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

    /** One reservation of a batch: units of a product at an outlet, and the movement's reason. */
    record Reservation(long outletId, long productId, int units, String reason) {}

    /**
     * Reserves a batch in one round trip, all or nothing: locks the stock rows in (outlet, product) order (so
     * concurrent batches cannot deadlock), reserves where enough is available and records each movement. Returns
     * false when some row lacked the units; the caller must then roll back, as the others were reserved.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean reserveAll(List<Reservation> reservations, String actor, UUID holdId) {
        // The same product twice at one outlet is one row to update: merge them, keeping the lock order.
        var merged = new java.util.LinkedHashMap<List<Long>, Reservation>();
        for (Reservation r : reservations) {
            merged.merge(List.of(r.outletId(), r.productId()), r, (a, b) -> new Reservation(a.outletId(),
                    a.productId(), a.units() + b.units(), a.reason() + ", " + b.reason()));
        }
        List<Reservation> batch = List.copyOf(merged.values());
        List<long[]> changed = jdbc.sql("""
                        with wanted as (
                            select * from unnest(cast(:outlets as bigint[]), cast(:products as bigint[]),
                                                 cast(:units as integer[]), cast(:reasons as text[]))
                                as w(outlet_id, product_id, units, reason)),
                        locked as (
                            select s.outlet_id, s.product_id from stock s
                            join wanted w on w.outlet_id = s.outlet_id and w.product_id = s.product_id
                            order by s.outlet_id, s.product_id
                            for update of s),
                        changed as (
                            update stock s set reserved = s.reserved + w.units, updated_at = now()
                            from wanted w, locked l
                            where s.outlet_id = w.outlet_id and s.product_id = w.product_id
                              and l.outlet_id = s.outlet_id and l.product_id = s.product_id
                              and s.reserved + w.units <= s.on_hand
                            returning s.outlet_id, s.product_id, s.on_hand - s.reserved as available, w.units,
                                      w.reason),
                        moved as (
                            insert into stock_movement (outlet_id, product_id, kind, on_hand_delta, reserved_delta,
                                                        actor, reason, hold_id)
                            select outlet_id, product_id, 'RESERVED', 0, units, :actor, reason, :hold
                            from changed)
                        select product_id, available, units from changed""")
                .param("outlets", batch.stream().map(Reservation::outletId).toArray(Long[]::new))
                .param("products", batch.stream().map(Reservation::productId).toArray(Long[]::new))
                .param("units", batch.stream().map(Reservation::units).toArray(Integer[]::new))
                .param("reasons", batch.stream().map(Reservation::reason).toArray(String[]::new))
                .param("actor", actor)
                .param("hold", holdId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2), rs.getInt(3)})
                .list();
        if (changed.size() != batch.size()) {
            return false;
        }
        for (long[] row : changed) {
            // Reserving only lowers what is available: it flips when the last units went.
            if (row[1] <= 0 && row[1] + row[2] > 0) {
                events.publishEvent(new AvailabilityChanged(row[0]));
            }
        }
        return true;
    }

    /**
     * Gives back every unit an active shipment of the hold reserves, in one round trip: the stock rows are locked in
     * (outlet, product) order, as {@link #reserveAll} does, and each change is recorded as a RELEASED movement.
     * Returns how many stock rows changed; the shipments' own status is the caller's to change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int releaseActiveShipments(UUID holdId, String actor, String reason) {
        List<long[]> changed = jdbc.sql("""
                        with wanted as (
                            select s.outlet_id, l.product_id, sum(l.quantity)::integer as units
                            from shipment s join shipment_line l on l.shipment_id = s.id
                            where s.hold_id = :hold and s.status = 'ACTIVE'
                            group by s.outlet_id, l.product_id),
                        locked as (
                            select s.outlet_id, s.product_id from stock s
                            join wanted w on w.outlet_id = s.outlet_id and w.product_id = s.product_id
                            order by s.outlet_id, s.product_id
                            for update of s),
                        changed as (
                            update stock s set reserved = s.reserved - w.units, updated_at = now()
                            from wanted w, locked l
                            where s.outlet_id = w.outlet_id and s.product_id = w.product_id
                              and l.outlet_id = s.outlet_id and l.product_id = s.product_id
                              and s.reserved - w.units >= 0
                            returning s.outlet_id, s.product_id, s.on_hand - s.reserved as available, w.units),
                        moved as (
                            insert into stock_movement (outlet_id, product_id, kind, on_hand_delta, reserved_delta,
                                                        actor, reason, hold_id)
                            select outlet_id, product_id, 'RELEASED', 0, -units, :actor, :reason, :hold
                            from changed)
                        select product_id, available, units from changed""")
                .param("hold", holdId)
                .param("actor", actor)
                .param("reason", reason)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2), rs.getInt(3)})
                .list();
        for (long[] row : changed) {
            // Releasing only raises what is available: it flips when the product was sold out here.
            if (row[1] > 0 && row[1] - row[2] <= 0) {
                events.publishEvent(new AvailabilityChanged(row[0]));
            }
        }
        return changed.size();
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
