package id.nttmart.inventory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Units available per outlet, read in one statement outside any transaction: one statement is consistent by itself,
 * and checkout routes on it for every order, so it spares the round trip and bookkeeping a transaction would add.
 */
@Component
class AvailableStock {

    private final JdbcClient jdbc;

    AvailableStock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Available units per outlet for the given products (outlets with none of them are absent). */
    Map<Long, Map<Long, Integer>> byOutlet(Collection<Long> productIds) {
        Map<Long, Map<Long, Integer>> byOutlet = new HashMap<>();
        if (productIds.isEmpty()) {
            return byOutlet;
        }
        // A list, not an array parameter: with "= any(array)" PostgreSQL's generic plan guesses the array's size
        // and scans the whole table, where the list's plan is an index scan on product.
        jdbc.sql("select outlet_id, product_id, on_hand - reserved from stock"
                        + " where product_id in (:ids) and on_hand > reserved")
                .param("ids", productIds)
                .query(rs -> {
                    byOutlet.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
                });
        return byOutlet;
    }
}
