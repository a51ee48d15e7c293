package id.nttmart.inventory;

import id.nttmart.routing.Shipment;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
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

    /**
     * A new hold, its shipments and lines, and the reservation of their units, as ONE statement in its own
     * transaction: the stock rows are locked in (outlet, product) order (concurrent holds cannot deadlock), reserved
     * where enough is available and each change recorded; when a row lacks the units, {@code stock_shortage()}
     * aborts the statement and nothing remains. Row locks are held only while the statement runs (no round trip
     * to the application before the commit), which keeps buyers of the same product from queueing behind each
     * other. Returns each shipment's id by outlet, or empty when stock was short.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Optional<Map<Long, Long>> holdNew(UUID holdId, String destination, Instant expiresAt, List<Shipment> shipments,
            String actor) {
        var lines = shipments.stream().flatMap(s -> s.lines().stream().map(l -> new long[] {s.outletId(),
                l.productId(), l.quantity()})).toList();
        // One stock row per outlet and product, however the lines came.
        Map<List<Long>, Integer> units = new LinkedHashMap<>();
        lines.forEach(l -> units.merge(List.of(l[0], l[1]), (int) l[2], Integer::sum));
        Map<Long, Long> ids = new HashMap<>();
        List<long[]> changed = new ArrayList<>();
        try {
            jdbc.sql("""
                            with hold as (
                                insert into stock_hold (id, status, destination, expires_at)
                                values (:id, 'HELD', :dest, :expires)),
                            shipments as (
                                insert into shipment (hold_id, outlet_id, status, routing_reason)
                                select :id, x.outlet_id, 'ACTIVE', x.reason
                                from unnest(cast(:outlets as bigint[]), cast(:reasons as text[]))
                                    as x(outlet_id, reason)
                                returning id, outlet_id),
                            lines as (
                                insert into shipment_line (shipment_id, product_id, quantity)
                                select s.id, y.product_id, y.quantity from shipments s
                                join unnest(cast(:lineOutlets as bigint[]), cast(:lineProducts as bigint[]),
                                            cast(:lineQuantities as integer[])) as y(outlet_id, product_id, quantity)
                                  on y.outlet_id = s.outlet_id),
                            wanted as (
                                select * from unnest(cast(:stockOutlets as bigint[]), cast(:stockProducts as bigint[]),
                                                     cast(:stockUnits as integer[])) as w(outlet_id, product_id, units)),
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
                                returning s.outlet_id, s.product_id, s.on_hand - s.reserved as available, w.units),
                            moved as (
                                insert into stock_movement (outlet_id, product_id, kind, on_hand_delta,
                                                            reserved_delta, actor, reason, hold_id)
                                select c.outlet_id, c.product_id, 'RESERVED', 0, c.units, :actor,
                                       'shipment ' || s.id, :id
                                from changed c join shipments s on s.outlet_id = c.outlet_id),
                            verdict as (
                                select case when (select count(*) from changed) = :rows then true
                                            else stock_shortage() end as ok)
                            select s.id as shipment_id, s.outlet_id, null::bigint as product_id,
                                   null::integer as available, null::integer as units
                            from shipments s, verdict v where v.ok
                            union all
                            select null, null, c.product_id, c.available, c.units from changed c, verdict v
                            where v.ok""")
                    .param("id", holdId)
                    .param("dest", destination)
                    .param("expires", expiresAt.atOffset(java.time.ZoneOffset.UTC))
                    .param("outlets", shipments.stream().map(Shipment::outletId).toArray(Long[]::new))
                    .param("reasons", shipments.stream().map(s -> s.reason().name()).toArray(String[]::new))
                    .param("lineOutlets", lines.stream().map(l -> l[0]).toArray(Long[]::new))
                    .param("lineProducts", lines.stream().map(l -> l[1]).toArray(Long[]::new))
                    .param("lineQuantities", lines.stream().map(l -> (int) l[2]).toArray(Integer[]::new))
                    .param("stockOutlets", units.keySet().stream().map(k -> k.get(0)).toArray(Long[]::new))
                    .param("stockProducts", units.keySet().stream().map(k -> k.get(1)).toArray(Long[]::new))
                    .param("stockUnits", units.values().toArray(Integer[]::new))
                    .param("rows", units.size())
                    .param("actor", actor)
                    .query(rs -> {
                        if (rs.getObject("shipment_id") != null) {
                            ids.put(rs.getLong("outlet_id"), rs.getLong("shipment_id"));
                        } else {
                            changed.add(new long[] {rs.getLong("product_id"), rs.getInt("available"),
                                rs.getInt("units")});
                        }
                    });
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && "NT001".equals(sql.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
        for (long[] row : changed) {
            // Reserving only lowers what is available: it flips when the last units went.
            if (row[1] <= 0 && row[1] + row[2] > 0) {
                events.publishEvent(new AvailabilityChanged(row[0]));
            }
        }
        return Optional.of(ids);
    }

    /**
     * Gives back every unit an active shipment of the hold reserves, in one round trip: the stock rows are locked in
     * (outlet, product) order, as {@link #holdNew} does, and each change is recorded as a RELEASED movement.
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
