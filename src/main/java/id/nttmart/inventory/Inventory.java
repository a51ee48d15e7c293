package id.nttmart.inventory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock per outlet and product. Available = on hand - reserved: what the storefront shows and checkout can
 * reserve. Every change is a recorded movement (who, when, why), so on-hand can be rebuilt from movements.
 */
@Service
@Transactional(readOnly = true)
public class Inventory {

    private final JdbcClient jdbc;
    private final StockLedger ledger;
    private final AvailableStock available;

    Inventory(JdbcClient jdbc, StockLedger ledger, AvailableStock available) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.available = available;
    }

    /** A delivery from a producer arrived at the outlet. */
    @Transactional
    public void receive(long outletId, long productId, int units, String actor, String reason) {
        requirePositive(units);
        ledger.apply(outletId, productId, MovementKind.RECEIVED, units, 0, actor, reason, null);
    }

    /** Corrects on-hand by a signed number of units, with a reason (damaged, lost, found). */
    @Transactional
    public void adjust(long outletId, long productId, int delta, String actor, String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("An adjustment needs a reason");
        }
        if (!ledger.apply(outletId, productId, MovementKind.ADJUSTED, delta, 0, actor, reason, null)) {
            throw new StockBelowReservedException(outletId, productId, ledger.onHand(outletId, productId) + delta);
        }
    }

    /**
     * Sets on-hand to what a count found (also what the catalogue import does), within the caller's transaction.
     *
     * @throws StockBelowReservedException when fewer units would remain than are reserved for orders
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void count(long outletId, long productId, int counted, String actor, String reason) {
        if (counted < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
        int delta = counted - ledger.onHand(outletId, productId);
        if (delta == 0) {
            return;
        }
        if (!ledger.apply(outletId, productId, MovementKind.COUNTED, delta, 0, actor, reason, null)) {
            throw new StockBelowReservedException(outletId, productId, counted);
        }
    }

    public List<OutletStock> stockOf(long productId) {
        return jdbc.sql("select outlet_id, on_hand, reserved from stock where product_id = :product order by outlet_id")
                .param("product", productId)
                .query((rs, n) -> new OutletStock(rs.getLong("outlet_id"), rs.getInt("on_hand"), rs.getInt("reserved")))
                .list();
    }

    /** Units available over all outlets, per product; products without stock rows are absent. */
    public Map<Long, Integer> availableUnits(Collection<Long> productIds) {
        Map<Long, Integer> units = new HashMap<>();
        if (productIds.isEmpty()) {
            return units;
        }
        jdbc.sql("select product_id, sum(on_hand - reserved) as available from stock where product_id in (:ids)"
                        + " group by product_id")
                .param("ids", productIds)
                .query(rs -> {
                    units.put(rs.getLong("product_id"), rs.getInt("available"));
                });
        return units;
    }

    /** Available units per outlet for the given products (outlets with none of them are absent). */
    public Map<Long, Map<Long, Integer>> availableByOutlet(Collection<Long> productIds) {
        return available.byOutlet(productIds);
    }

    /** Stock rows whose on-hand or reserved units differ from the sum of their movements (none, if all is well). */
    public List<String> mismatchesWithMovements() {
        return jdbc.sql("""
                        select s.outlet_id, s.product_id, s.on_hand, s.reserved,
                               coalesce(sum(m.on_hand_delta), 0) as moved_on_hand,
                               coalesce(sum(m.reserved_delta), 0) as moved_reserved
                        from stock s left join stock_movement m
                          on m.outlet_id = s.outlet_id and m.product_id = s.product_id
                        group by s.outlet_id, s.product_id, s.on_hand, s.reserved
                        having s.on_hand <> coalesce(sum(m.on_hand_delta), 0)
                            or s.reserved <> coalesce(sum(m.reserved_delta), 0)""")
                .query((rs, n) -> "outlet " + rs.getLong("outlet_id") + ", product " + rs.getLong("product_id")
                        + ": on hand " + rs.getInt("on_hand") + " vs movements " + rs.getInt("moved_on_hand")
                        + ", reserved " + rs.getInt("reserved") + " vs movements " + rs.getInt("moved_reserved"))
                .list();
    }

    private static void requirePositive(int units) {
        if (units <= 0) {
            throw new IllegalArgumentException("Units must be positive");
        }
    }
}
