package id.nttmart.inventory;

import id.nttmart.routing.OrderLine;
import id.nttmart.routing.RoutingReason;
import id.nttmart.routing.Shipment;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Holds and their shipments in PostgreSQL; callers bring the transaction. */
@Repository
class HoldStore {

    private final JdbcClient jdbc;

    HoldStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertShipment(UUID holdId, Shipment shipment) {
        long id = jdbc.sql("""
                        insert into shipment (hold_id, outlet_id, status, routing_reason)
                        values (:hold, :outlet, 'ACTIVE', :reason) returning id""")
                .param("hold", holdId)
                .param("outlet", shipment.outletId())
                .param("reason", shipment.reason().name())
                .query(Long.class)
                .single();
        jdbc.sql("insert into shipment_line (shipment_id, product_id, quantity)"
                        + " select :s, unnest(cast(:products as bigint[])), unnest(cast(:quantities as integer[]))")
                .param("s", id)
                .param("products", shipment.lines().stream().map(OrderLine::productId).toArray(Long[]::new))
                .param("quantities", shipment.lines().stream().map(OrderLine::quantity).toArray(Integer[]::new))
                .update();
        return id;
    }

    /** Unpaid holds past their expiry, locked for this transaction; other instances skip them. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.sql("""
                        select id from stock_hold where status = 'HELD' and expires_at < :now
                        order by expires_at limit :limit for update skip locked""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /** Locks the hold; true when it is still held (or, unless only unpaid ones may end, confirmed). */
    boolean lockWhileActive(UUID holdId, boolean onlyUnpaid) {
        String status = jdbc.sql("select status from stock_hold where id = :id for update")
                .param("id", holdId)
                .query(String.class)
                .optional()
                .orElse("");
        return status.equals("HELD") || (!onlyUnpaid && status.equals("CONFIRMED"));
    }

    Optional<Hold> lockByShipment(long shipmentId) {
        Optional<UUID> holdId = jdbc.sql("""
                        select h.id from stock_hold h join shipment s on s.hold_id = h.id
                        where s.id = :id and s.status = 'ACTIVE' and h.status in ('HELD', 'CONFIRMED')
                        for update of h""")
                .param("id", shipmentId)
                .query(UUID.class)
                .optional();
        return holdId.flatMap(this::find);
    }

    void setStatus(UUID holdId, Hold.Status status) {
        jdbc.sql("update stock_hold set status = :status, updated_at = now() where id = :id")
                .param("status", status.name())
                .param("id", holdId)
                .update();
    }

    void changeStatus(UUID holdId, Hold.Status from, Hold.Status to) {
        if (!tryChangeStatus(holdId, from, to)) {
            throw new IllegalStateException("Hold " + holdId + " is not " + from);
        }
    }

    boolean tryChangeStatus(UUID holdId, Hold.Status from, Hold.Status to) {
        return jdbc.sql("update stock_hold set status = :to, updated_at = now() where id = :id and status = :from")
                .param("to", to.name())
                .param("from", from.name())
                .param("id", holdId)
                .update() == 1;
    }

    void changeShipmentStatus(long shipmentId, String status, @Nullable String rejectionReason) {
        jdbc.sql("""
                        update shipment set status = :status, rejection_reason = coalesce(:reason, rejection_reason),
                                            updated_at = now()
                        where id = :id""")
                .param("status", status)
                .param("reason", rejectionReason)
                .param("id", shipmentId)
                .update();
    }

    /** The hold's active shipments become RELEASED and the hold itself {@code to}, in one round trip. */
    void endWithShipments(UUID holdId, Hold.Status to) {
        jdbc.sql("""
                        with shipments as (
                            update shipment set status = 'RELEASED', updated_at = now()
                            where hold_id = :id and status = 'ACTIVE')
                        update stock_hold set status = :status, updated_at = now() where id = :id""")
                .param("id", holdId)
                .param("status", to.name())
                .update();
    }

    Set<Long> rejectingOutlets(UUID holdId) {
        return new HashSet<>(jdbc.sql("select outlet_id from shipment where hold_id = :id and status = 'REJECTED'")
                .param("id", holdId)
                .query(Long.class)
                .list());
    }

    String destination(UUID holdId) {
        return jdbc.sql("select destination from stock_hold where id = :id").param("id", holdId).query(String.class)
                .single();
    }

    Optional<Hold> find(UUID holdId) {
        return jdbc.sql("select id, status, expires_at from stock_hold where id = :id")
                .param("id", holdId)
                .query((rs, n) -> new Hold(rs.getObject("id", UUID.class), Hold.Status.valueOf(rs.getString("status")),
                        rs.getTimestamp("expires_at").toInstant(), shipments(holdId)))
                .optional();
    }

    List<Hold.HeldShipment> shipments(UUID holdId) {
        Map<Long, List<OrderLine>> lines = new HashMap<>();
        jdbc.sql("""
                        select l.shipment_id, l.product_id, l.quantity from shipment_line l
                        join shipment s on s.id = l.shipment_id where s.hold_id = :id order by l.product_id""")
                .param("id", holdId)
                .query(rs -> {
                    lines.computeIfAbsent(rs.getLong("shipment_id"), k -> new ArrayList<>())
                            .add(new OrderLine(rs.getLong("product_id"), rs.getInt("quantity")));
                });
        return jdbc.sql("select id, outlet_id, status, routing_reason from shipment where hold_id = :id order by id")
                .param("id", holdId)
                .query((rs, n) -> new Hold.HeldShipment(rs.getLong("id"), rs.getLong("outlet_id"),
                        rs.getString("status"), RoutingReason.valueOf(rs.getString("routing_reason")),
                        lines.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }
}
