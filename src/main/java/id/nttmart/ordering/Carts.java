package id.nttmart.ordering;

import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.Product;
import id.nttmart.catalog.ProductStatus;
import id.nttmart.inventory.Inventory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carts in PostgreSQL: an anonymous one by its id (the storefront keeps it in a cookie), an account's by the account.
 * Logging in moves the anonymous cart's lines into the account's. At most 50 products, 1 to 99 units each.
 */
@Service
public class Carts {

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Inventory inventory;

    Carts(JdbcClient jdbc, Catalog catalog, Inventory inventory) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.inventory = inventory;
    }

    public sealed interface Change {
        record Done(Cart cart) implements Change {}

        /** Not done: the message key says why (unknown product, too many lines, quantity out of range). */
        record Refused(String key) implements Change {}
    }

    /** The cart with this id as it stands now; an unknown id is an empty cart. */
    public Cart contents(UUID cartId, Locale locale) {
        var rows = jdbc.sql("select product_id, quantity from cart_line where cart_id = :c order by added_at, product_id")
                .param("c", cartId).query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).list();
        if (rows.isEmpty()) {
            return new Cart(cartId, List.of());
        }
        var ids = rows.stream().map(r -> r[0]).toList();
        Map<Long, Product> products = catalog.findByIds(ids).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        Map<Long, Integer> available = inventory.availableUnits(ids);
        List<Cart.Line> lines = new ArrayList<>();
        for (long[] row : rows) {
            Product product = products.get(row[0]);
            if (product == null) {
                continue;
            }
            int quantity = (int) row[1];
            int units = Math.max(0, available.getOrDefault(product.id(), 0));
            Cart.Problem problem = product.status() != ProductStatus.LISTED ? Cart.Problem.NOT_ON_SALE
                    : units == 0 ? Cart.Problem.SOLD_OUT : units < quantity ? Cart.Problem.SHORT : Cart.Problem.NONE;
            lines.add(new Cart.Line(product.sku(), product.name(locale), product.path(),
                    product.imageCount() > 0 ? product.imagePath(0) : null, product.priceIdr(), quantity, units,
                    product.alcohol(), problem));
        }
        return new Cart(cartId, lines);
    }

    /** Adds units of a product (creating the cart when needed). */
    @Transactional
    public Change add(UUID cartId, String sku, int units, Locale locale) {
        var product = catalog.findListedBySku(sku);
        if (product.isEmpty()) {
            return new Change.Refused("cart.error.unknown-product");
        }
        if (units < 1 || units > OrderChecks.MAX_UNITS_PER_LINE) {
            return new Change.Refused("order.error.quantity");
        }
        ensure(cartId);
        int lines = jdbc.sql("select count(*) from cart_line where cart_id = :c and product_id <> :p")
                .param("c", cartId).param("p", product.get().id()).query(Integer.class).single();
        if (lines >= OrderChecks.MAX_LINES) {
            return new Change.Refused("order.error.lines-too-many");
        }
        jdbc.sql("""
                        insert into cart_line (cart_id, product_id, quantity) values (:c, :p, :q)
                        on conflict (cart_id, product_id)
                        do update set quantity = least(cart_line.quantity + excluded.quantity, :max)""")
                .param("c", cartId).param("p", product.get().id()).param("q", units)
                .param("max", OrderChecks.MAX_UNITS_PER_LINE).update();
        touch(cartId);
        return new Change.Done(contents(cartId, locale));
    }

    /** Sets a line's units; zero removes it. */
    @Transactional
    public Change set(UUID cartId, String sku, int units, Locale locale) {
        if (units < 0 || units > OrderChecks.MAX_UNITS_PER_LINE) {
            return new Change.Refused("order.error.quantity");
        }
        var product = catalog.findBySku(sku);
        if (product.isEmpty()) {
            return new Change.Refused("cart.error.unknown-product");
        }
        if (units == 0) {
            jdbc.sql("delete from cart_line where cart_id = :c and product_id = :p")
                    .param("c", cartId).param("p", product.get().id()).update();
        } else {
            jdbc.sql("update cart_line set quantity = :q where cart_id = :c and product_id = :p")
                    .param("q", units).param("c", cartId).param("p", product.get().id()).update();
        }
        touch(cartId);
        return new Change.Done(contents(cartId, locale));
    }

    public void clear(UUID cartId) {
        jdbc.sql("delete from cart_line where cart_id = :c").param("c", cartId).update();
    }

    /**
     * The account's cart, with the lines of the anonymous cart the visitor had before logging in moved into it
     * (units added up, at most 99); the anonymous cart is then gone.
     */
    @Transactional
    public UUID ofAccount(long userId, @Nullable UUID anonymous) {
        UUID mine = jdbc.sql("""
                        insert into cart (id, user_id) values (:id, :u)
                        on conflict (user_id) do update set updated_at = now() returning id""")
                .param("id", UUID.randomUUID()).param("u", userId).query(UUID.class).single();
        if (anonymous != null && !anonymous.equals(mine)) {
            jdbc.sql("""
                            insert into cart_line (cart_id, product_id, quantity, added_at)
                            select :mine, product_id, quantity, added_at from cart_line
                            where cart_id = (select id from cart where id = :anon and user_id is null)
                            on conflict (cart_id, product_id)
                            do update set quantity = least(cart_line.quantity + excluded.quantity, :max)""")
                    .param("mine", mine).param("anon", anonymous).param("max", OrderChecks.MAX_UNITS_PER_LINE)
                    .update();
            jdbc.sql("delete from cart where id = :anon and user_id is null").param("anon", anonymous).update();
        }
        return mine;
    }

    private void ensure(UUID cartId) {
        jdbc.sql("insert into cart (id) values (:id) on conflict (id) do nothing").param("id", cartId).update();
    }

    private void touch(UUID cartId) {
        jdbc.sql("update cart set updated_at = now() where id = :id").param("id", cartId).update();
    }
}
