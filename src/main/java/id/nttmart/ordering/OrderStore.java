package id.nttmart.ordering;

import id.nttmart.platform.RequestId;
import id.nttmart.region.Address;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Orders, their lines and their tracking events in PostgreSQL; callers bring the transaction. */
@Repository
class OrderStore {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyMM");
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String COLUMNS = """
            id, number, status, hold_id, user_id, buyer_name, buyer_email, buyer_phone, locale, pickup_outlet_id,
            address, shipping_zone, age_confirmed, subtotal_idr, shipping_idr, total_idr, tracking_token,
            reconcile_at, payment_intent_id, created_at, paid_at, site_base""";

    private final JdbcClient jdbc;

    OrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The order, its lines and its {@code placed} event in one round trip; the number ({@code NTT-2611-000042}: the
     * month in WITA and a number that never repeats) comes from the database. Returns the id and the number.
     */
    Object[] insert(StoredOrder order, List<OrderView.Line> lines, List<Long> productIds, List<Integer> weights) {
        return jdbc.sql("""
                        with placed as (
                            insert into customer_order (number, status, hold_id, user_id, buyer_name, buyer_email,
                                buyer_phone, locale, delivery_type, pickup_outlet_id, address, shipping_zone,
                                age_confirmed, subtotal_idr, shipping_idr, total_idr, tracking_token, site_base,
                                request_id)
                            values ('NTT-' || :month || '-' || (select lpad(n::text, greatest(6, length(n::text)), '0')
                                                             from nextval('order_number_seq') as n),
                                :status, :hold, :user, :name, :email, :phone, :locale, :type, :outlet,
                                cast(:address as jsonb), :zone, :age, :subtotal, :shipping, :total, :token, :site,
                                :request)
                            returning id, number),
                        order_lines as (
                            insert into order_line (order_id, product_id, sku, name, unit_price_idr, quantity, weight_g)
                            select placed.id, l.* from placed, unnest(cast(:products as bigint[]),
                                cast(:skus as text[]), cast(:names as text[]), cast(:prices as bigint[]),
                                cast(:quantities as integer[]), cast(:weights as integer[])) as l),
                        placed_event as (
                            insert into order_event (order_id, kind) select id, 'placed' from placed)
                        select id, number from placed""")
                .param("month", MONTH.format(order.createdAt().atZone(WITA)))
                .param("status", order.status().name())
                .param("hold", order.holdId())
                .param("user", order.userId())
                .param("name", order.buyer().name())
                .param("email", order.buyer().email())
                .param("phone", order.buyer().phone())
                .param("locale", order.locale().getLanguage())
                .param("type", order.pickupOutletId() != null ? "PICKUP" : "SHIP")
                .param("outlet", order.pickupOutletId())
                .param("address", order.address() == null ? null : JSON.writeValueAsString(order.address()))
                .param("zone", order.zone().name())
                .param("age", order.ageConfirmed())
                .param("subtotal", order.subtotalIdr())
                .param("shipping", order.shippingIdr())
                .param("total", order.totalIdr())
                .param("token", order.trackingToken())
                .param("site", order.siteBase())
                .param("request", RequestId.current())
                .param("products", productIds.toArray(Long[]::new))
                .param("skus", lines.stream().map(OrderView.Line::sku).toArray(String[]::new))
                .param("names", lines.stream().map(OrderView.Line::name).toArray(String[]::new))
                .param("prices", lines.stream().map(OrderView.Line::unitPriceIdr).toArray(Long[]::new))
                .param("quantities", lines.stream().map(OrderView.Line::quantity).toArray(Integer[]::new))
                .param("weights", weights.toArray(Integer[]::new))
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("number")})
                .single();
    }

    /** The id of the request that placed the order (its later steps log under it), if it was placed by one. */
    @Nullable String requestIdOf(long orderId) {
        return jdbc.sql("select request_id from customer_order where id = :id").param("id", orderId)
                .query(String.class).optional().orElse(null);
    }

    Optional<StoredOrder> find(String number) {
        return one("number = :v", number);
    }

    List<StoredOrder> ofUser(long userId) {
        return jdbc.sql("select " + COLUMNS + " from customer_order where user_id = :u order by created_at desc limit 50")
                .param("u", userId).query(OrderStore::order).list();
    }

    /** The order, locked until the transaction ends: payment events and cancellations for one order queue up. */
    Optional<StoredOrder> lock(String number) {
        return one("number = :v for update", number);
    }

    Optional<StoredOrder> lockByHold(UUID holdId) {
        return one("hold_id = :v for update", holdId);
    }

    /**
     * As {@link #lockByHold}, but giving way at once ({@code NOWAIT}) when a payment or a cancellation holds the order:
     * the caller (hold expiry) fails and tries again later, so a payment arriving just then wins.
     */
    Optional<StoredOrder> lockByHoldNowait(UUID holdId) {
        return one("hold_id = :v for update nowait", holdId);
    }

    /** The order a shipment belongs to (through its hold), locked. */
    Optional<StoredOrder> lockByShipment(long shipmentId) {
        return one("hold_id = (select hold_id from shipment where id = :v) for update", shipmentId);
    }

    Optional<StoredOrder> lock(long id) {
        return one("id = :v for update", id);
    }

    /** The order matching {@code condition} (on {@code :v}), if any. */
    private Optional<StoredOrder> one(String condition, Object value) {
        return jdbc.sql("select " + COLUMNS + " from customer_order where " + condition).param("v", value)
                .query(OrderStore::order).optional();
    }

    void setStatus(long id, OrderStatus status) {
        jdbc.sql("""
                        update customer_order set status = :s, updated_at = now(),
                            paid_at = case when :s = 'PAID' and paid_at is null then now() else paid_at end
                        where id = :id""")
                .param("s", status.name()).param("id", id).update();
    }

    /** The payment this order keeps: set once, by the first payment to arrive; false if another was kept. */
    boolean keepPayment(long id, String paymentIntentId) {
        return jdbc.sql("""
                        update customer_order set payment_intent_id = :pi, updated_at = now()
                        where id = :id and (payment_intent_id is null or payment_intent_id = :pi)""")
                .param("pi", paymentIntentId).param("id", id).update() == 1;
    }

    void setHold(long id, UUID holdId) {
        jdbc.sql("update customer_order set hold_id = :h, updated_at = now() where id = :id")
                .param("h", holdId).param("id", id).update();
    }

    /** The reconciler should look at this order's payments (now), or no longer (null). */
    void reconcileAt(long id, @Nullable Instant when) {
        jdbc.sql("update customer_order set reconcile_at = :r, updated_at = now() where id = :id")
                .param("r", when == null ? null : Timestamp.from(when)).param("id", id).update();
    }

    /**
     * Claims due orders for the reconciler: each instance takes different ones ({@code SKIP LOCKED}) and pushes
     * their due time on by {@code lease}, so one that dies mid-way leaves them to be retried, not lost.
     */
    List<String> claimReconciling(int limit, java.time.Duration lease) {
        return jdbc.sql("""
                        update customer_order set reconcile_at = now() + cast(:lease as interval)
                        where id in (select id from customer_order where reconcile_at <= now() order by reconcile_at
                                     limit :limit for update skip locked)
                        returning number""")
                .param("lease", lease.toSeconds() + " seconds").param("limit", limit).query(String.class).list();
    }

    List<OrderView.Line> lines(long orderId) {
        return jdbc.sql("""
                        select sku, name, unit_price_idr, quantity from order_line where order_id = :id
                        order by sku""")
                .param("id", orderId)
                .query((rs, n) -> new OrderView.Line(rs.getString("sku"), rs.getString("name"),
                        rs.getLong("unit_price_idr"), rs.getInt("quantity")))
                .list();
    }

    /** The order's lines as the router needs them: product id and units. */
    List<long[]> productUnits(long orderId) {
        return jdbc.sql("select product_id, quantity from order_line where order_id = :id order by product_id")
                .param("id", orderId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)})
                .list();
    }

    /** SKU and name per product id, for shipment lines. */
    List<Object[]> lineNames(long orderId) {
        return jdbc.sql("select product_id, sku, name, unit_price_idr from order_line where order_id = :id")
                .param("id", orderId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)})
                .list();
    }

    void event(long orderId, String kind, @Nullable Long shipmentId, String detail) {
        jdbc.sql("insert into order_event (order_id, kind, shipment_id, detail) values (:o, :k, :s, :d)")
                .param("o", orderId).param("k", kind).param("s", shipmentId).param("d", detail).update();
    }

    List<OrderView.Event> events(long orderId) {
        return jdbc.sql("select kind, created_at, detail, shipment_id from order_event where order_id = :o order by id")
                .param("o", orderId)
                .query((rs, n) -> new OrderView.Event(rs.getString("kind"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("detail"), (Long) rs.getObject("shipment_id")))
                .list();
    }

    boolean hasEvent(long orderId, String kind) {
        return jdbc.sql("select exists (select 1 from order_event where order_id = :o and kind = :k)")
                .param("o", orderId).param("k", kind).query(Boolean.class).single();
    }

    /** Progress rows of these shipments: step, courier, tracking number, pickup code. */
    List<Object[]> progress(Collection<Long> shipmentIds) {
        if (shipmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select shipment_id, step, courier, tracking_number, pickup_code from shipment_progress
                        where shipment_id = any(:ids)""")
                .param("ids", shipmentIds.toArray(Long[]::new))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)})
                .list();
    }

    void progress(long shipmentId, ShipmentStep step, @Nullable String courier, @Nullable String trackingNumber,
            @Nullable String pickupCode) {
        jdbc.sql("""
                        insert into shipment_progress (shipment_id, step, courier, tracking_number, pickup_code)
                        values (:s, :step, :courier, :tracking, :code)
                        on conflict (shipment_id) do update set step = excluded.step,
                            courier = coalesce(excluded.courier, shipment_progress.courier),
                            tracking_number = coalesce(excluded.tracking_number, shipment_progress.tracking_number),
                            pickup_code = coalesce(excluded.pickup_code, shipment_progress.pickup_code),
                            updated_at = now()""")
                .param("s", shipmentId).param("step", step.name()).param("courier", courier)
                .param("tracking", trackingNumber).param("code", pickupCode).update();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static StoredOrder order(ResultSet rs, int row) throws SQLException {
        String address = rs.getString("address");
        Long outlet = (Long) rs.getObject("pickup_outlet_id");
        return new StoredOrder(rs.getLong("id"), rs.getString("number"), OrderStatus.valueOf(rs.getString("status")),
                rs.getObject("hold_id", UUID.class), (Long) rs.getObject("user_id"),
                new Buyer(rs.getString("buyer_name"), rs.getString("buyer_email"), rs.getString("buyer_phone")),
                Locale.forLanguageTag(rs.getString("locale")), outlet,
                address == null ? null : JSON.readValue(address, Address.class),
                ShippingZone.valueOf(rs.getString("shipping_zone")), rs.getBoolean("age_confirmed"),
                rs.getLong("subtotal_idr"), rs.getLong("shipping_idr"), rs.getLong("total_idr"),
                rs.getString("tracking_token"), instant(rs.getTimestamp("reconcile_at")), rs.getString("payment_intent_id"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("paid_at")),
                rs.getString("site_base"));
    }
}
