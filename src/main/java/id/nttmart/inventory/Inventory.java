package id.nttmart.inventory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stock per outlet and product. Available = on hand - reserved. */
@Service
@Transactional(readOnly = true)
public class Inventory {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Inventory(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Sets the units on hand at an outlet (a count), within the caller's transaction.
     *
     * @throws StockBelowReservedException when fewer units would remain than are reserved for orders
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setOnHand(long outletId, long productId, int onHand) {
        if (onHand < 0) {
            throw new IllegalArgumentException("Stock on hand cannot be negative");
        }
        try {
            jdbc.sql("""
                            insert into stock (outlet_id, product_id, on_hand) values (:outlet, :product, :onHand)
                            on conflict (outlet_id, product_id)
                            do update set on_hand = excluded.on_hand, updated_at = now()
                            where stock.on_hand is distinct from excluded.on_hand""")
                    .param("outlet", outletId)
                    .param("product", productId)
                    .param("onHand", onHand)
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw new StockBelowReservedException(outletId, productId, onHand);
        }
        events.publishEvent(new StockChanged(productId));
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
}
