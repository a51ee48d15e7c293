package id.nttmart.staff;

import id.nttmart.security.BackOfficeAccess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads paid shipments for the console in one query per list (a read model over the order, hold and progress rows;
 * the changes themselves go through {@code ordering.Fulfilment} and {@code inventory.Reservations}).
 */
@Component
class ShipmentQueue {

    private static final String SHIPMENTS = """
            select * from (
                select s.id, s.outlet_id, ot.name as outlet_name, o.id as order_id, o.number, o.paid_at,
                       o.buyer_name, o.buyer_phone, o.delivery_type = 'PICKUP' as pickup,
                       case when o.address is null then null else concat_ws(', ', o.address ->> 'recipient',
                            o.address ->> 'phone', o.address ->> 'street', o.address ->> 'village',
                            o.address ->> 'district', o.address ->> 'city', o.address ->> 'province',
                            o.address ->> 'postalCode', o.address ->> 'country') end as address,
                       s.routing_reason, s.rejection_reason, p.courier, p.tracking_number,
                       case when s.status = 'REJECTED' then 'REJECTED'
                            when s.status = 'HANDED_OVER' then 'PICKED_UP'
                            when s.status = 'SHIPPED' and p.step = 'DELIVERED' then 'DELIVERED'
                            when s.status = 'SHIPPED' then 'SHIPPED'
                            when p.step in ('PACKED', 'READY_FOR_PICKUP') then p.step
                            when k.shipment_id is not null then 'PICKING'
                            else 'NEW' end as state
                from shipment s
                join customer_order o on o.hold_id = s.hold_id
                join outlet ot on ot.id = s.outlet_id
                left join shipment_progress p on p.shipment_id = s.id
                left join shipment_picking k on k.shipment_id = s.id
                where o.status in ('PAID', 'FULFILLED') and s.status <> 'RELEASED'
                  and (:everywhere or s.outlet_id = any(:outlets))) q
            """;

    private final JdbcClient jdbc;

    ShipmentQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The shipments in a state at the outlets of the scope, oldest payment first (the order they are worked in). */
    List<StaffShipment> list(BackOfficeAccess.Scope scope, @Nullable Long outletId, QueueState state, int limit) {
        return withLines(jdbc.sql(SHIPMENTS + """
                        where state = :state and (cast(:outlet as bigint) is null or outlet_id = :outlet)
                        order by paid_at, id limit :limit""")
                .param("everywhere", scope.everywhere())
                .param("outlets", scope.ids().toArray(Long[]::new))
                .param("state", state.name())
                .param("outlet", outletId)
                .param("limit", limit)
                .query((rs, n) -> shipment(rs)).list());
    }

    /** How many shipments each state holds at the outlets of the scope. */
    Map<QueueState, Integer> counts(BackOfficeAccess.Scope scope, @Nullable Long outletId) {
        Map<QueueState, Integer> counts = new HashMap<>();
        jdbc.sql("select state, count(*) as n from (" + SHIPMENTS
                        + ") c where (cast(:outlet as bigint) is null or outlet_id = :outlet) group by state")
                .param("everywhere", scope.everywhere())
                .param("outlets", scope.ids().toArray(Long[]::new))
                .param("outlet", outletId)
                .query(rs -> {
                    counts.put(QueueState.valueOf(rs.getString("state")), rs.getInt("n"));
                });
        return counts;
    }

    /** One paid shipment, whatever its outlet (the caller checks the scope). */
    Optional<StaffShipment> find(long id) {
        return jdbc.sql(SHIPMENTS + " where id = :id")
                .param("everywhere", true)
                .param("outlets", new Long[0])
                .param("id", id)
                .query((rs, n) -> shipment(rs)).optional()
                .map(s -> withLines(List.of(s)).getFirst());
    }

    /** The outlets whose queues a just-paid order's shipments joined. */
    Set<Long> outletsOfOrder(String number) {
        return Set.copyOf(jdbc.sql("""
                        select distinct s.outlet_id from shipment s join customer_order o on o.hold_id = s.hold_id
                        where o.number = :number and s.status = 'ACTIVE'""")
                .param("number", number).query(Long.class).list());
    }

    /** Marks the shipment as being picked; false when someone already started. */
    boolean startPicking(long id, String actor) {
        return jdbc.sql("insert into shipment_picking (shipment_id, started_by) values (:id, :actor)"
                        + " on conflict do nothing")
                .param("id", id).param("actor", actor).update() == 1;
    }

    private List<StaffShipment> withLines(List<StaffShipment> shipments) {
        if (shipments.isEmpty()) {
            return shipments;
        }
        Map<Long, List<StaffShipment.Line>> lines = new HashMap<>();
        jdbc.sql("""
                        select l.shipment_id, p.sku, coalesce(ol.name, p.name_id) as name, l.quantity
                        from shipment_line l
                        join shipment s on s.id = l.shipment_id
                        join customer_order o on o.hold_id = s.hold_id
                        join product p on p.id = l.product_id
                        left join order_line ol on ol.order_id = o.id and ol.product_id = l.product_id
                        where l.shipment_id = any(:ids) order by p.sku""")
                .param("ids", shipments.stream().map(StaffShipment::id).toArray(Long[]::new))
                .query(rs -> {
                    lines.computeIfAbsent(rs.getLong("shipment_id"), k -> new ArrayList<>()).add(
                            new StaffShipment.Line(rs.getString("sku"), rs.getString("name"), rs.getInt("quantity")));
                });
        return shipments.stream().map(s -> s.withLines(lines.getOrDefault(s.id(), List.of()))).toList();
    }

    private static StaffShipment shipment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StaffShipment(rs.getLong("id"), rs.getLong("outlet_id"), rs.getString("outlet_name"),
                rs.getString("number"), rs.getTimestamp("paid_at").toInstant(), rs.getString("buyer_name"),
                rs.getString("buyer_phone"), rs.getBoolean("pickup"), rs.getString("address"),
                rs.getString("routing_reason"), QueueState.valueOf(rs.getString("state")), rs.getString("courier"),
                rs.getString("tracking_number"), rs.getString("rejection_reason"), List.of());
    }
}
