package id.nttmart.staff;

import id.nttmart.audit.AuditLog;
import id.nttmart.inventory.Inventory;
import id.nttmart.security.BackOfficeAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An outlet's stock desk: find its products by SKU or name prefix, see low stock and what is reserved, receive a
 * producer's delivery, record a count, adjust with a reason. Changes go through {@code inventory.Inventory} (the
 * stock ledger records each movement and keeps the search index in step); each is audited in the same transaction.
 * Every call checks that the user works at the outlet.
 */
@Service
@Transactional(readOnly = true)
public class StockDesk {

    /** At or below this many available units a product is low. */
    public static final int LOW_STOCK = 3;

    private final JdbcClient jdbc;
    private final BackOfficeAccess access;
    private final Inventory inventory;
    private final AuditLog audit;

    StockDesk(JdbcClient jdbc, BackOfficeAccess access, Inventory inventory, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.inventory = inventory;
        this.audit = audit;
    }

    /**
     * The outlet's products whose SKU or name (either language) begins with {@code prefix} (all when blank), only
     * those at or below {@link #LOW_STOCK} available when {@code lowOnly}; by SKU, at most {@code limit}.
     */
    public List<StockItem> search(long outletId, String prefix, boolean lowOnly, int limit) {
        access.requireOutlet(outletId);
        String p = prefix.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select s.outlet_id, p.id, p.sku, p.name_id, p.price_idr, s.on_hand, s.reserved
                        from stock s join product p on p.id = s.product_id
                        where s.outlet_id = :outlet
                          and (lower(p.sku) like :p or lower(p.name_id) like :p or lower(p.name_en) like :p)
                          and (not :low or s.on_hand - s.reserved <= :threshold)
                        order by case when :low then s.on_hand - s.reserved end, p.sku limit :limit""")
                .param("outlet", outletId)
                .param("p", p)
                .param("low", lowOnly)
                .param("threshold", LOW_STOCK)
                .param("limit", Math.clamp(limit, 1, 500))
                .query((rs, n) -> new StockItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getInt(6), rs.getInt(7)))
                .list();
    }

    /** The product's stock at the outlet (zero when it has none there yet). */
    public StockItem item(long outletId, String sku) {
        access.requireOutlet(outletId);
        return find(outletId, sku).orElseThrow(() -> new IllegalArgumentException("No product " + sku));
    }

    /** The newest movements of the product at the outlet. */
    public List<StockMove> movements(long outletId, String sku, int limit) {
        var item = item(outletId, sku);
        return jdbc.sql("""
                        select created_at, kind, on_hand_delta, reserved_delta, actor, reason from stock_movement
                        where outlet_id = :outlet and product_id = :product order by id desc limit :limit""")
                .param("outlet", outletId).param("product", item.productId()).param("limit", limit)
                .query((rs, n) -> new StockMove(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** A producer's delivery arrived: more on hand; the note (producer, delivery slip) is kept with the movement. */
    @Transactional
    public StockItem receive(long outletId, String sku, int units, @Nullable String note) {
        var before = item(outletId, sku);
        if (units <= 0 || units > 100_000) {
            throw new IllegalArgumentException("Units received must be between 1 and 100000");
        }
        String why = note == null || note.isBlank() ? "delivery" : StaffShipments.text("note", note);
        inventory.receive(outletId, before.productId(), units, access.actor(), why);
        return audited("stock received", before, why);
    }

    /** Sets on-hand to what was counted; the difference is recorded as a COUNTED movement. */
    @Transactional
    public StockItem count(long outletId, String sku, int counted, @Nullable String note) {
        var before = item(outletId, sku);
        if (counted < 0 || counted > 1_000_000) {
            throw new IllegalArgumentException("A count must be between 0 and 1000000");
        }
        String why = note == null || note.isBlank() ? "stock count" : StaffShipments.text("note", note);
        inventory.count(outletId, before.productId(), counted, access.actor(), why);
        return audited("stock counted", before, why);
    }

    /** Corrects on-hand by a signed number of units (damaged, lost, found); the reason is required. */
    @Transactional
    public StockItem adjust(long outletId, String sku, int delta, String reason) {
        String why = StaffShipments.text("reason", reason);
        var before = item(outletId, sku);
        if (delta == 0) {
            throw new IllegalArgumentException("An adjustment changes at least one unit");
        }
        inventory.adjust(outletId, before.productId(), delta, access.actor(), why);
        return audited("stock adjusted", before, why);
    }

    private StockItem audited(String action, StockItem before, String reason) {
        var after = find(before.outletId(), before.sku()).orElseThrow();
        audit.record(action, AuditLog.Subject.of("stock", before.sku()), before.outletId(), state(before, null),
                state(after, reason));
        return after;
    }

    private static Map<String, Object> state(StockItem item, @Nullable String reason) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("sku", item.sku());
        state.put("on_hand", item.onHand());
        state.put("reserved", item.reserved());
        if (reason != null) {
            state.put("reason", reason);
        }
        return state;
    }

    private Optional<StockItem> find(long outletId, String sku) {
        return jdbc.sql("""
                        select cast(:outlet as bigint), p.id, p.sku, p.name_id, p.price_idr, coalesce(s.on_hand, 0),
                               coalesce(s.reserved, 0)
                        from product p left join stock s on s.product_id = p.id and s.outlet_id = :outlet
                        where p.sku = :sku""")
                .param("outlet", outletId).param("sku", sku.strip())
                .query((rs, n) -> new StockItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getInt(6), rs.getInt(7)))
                .optional();
    }

}
