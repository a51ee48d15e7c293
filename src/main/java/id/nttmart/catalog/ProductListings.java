package id.nttmart.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists listed products straight from PostgreSQL: by regency, by category, related to a product, and every one of
 * them for the sitemap. Browsing keeps working while Elasticsearch is down.
 */
@Service
@Transactional(readOnly = true)
public class ProductListings {

    private static final String SELECT_SUMMARY = """
            select p.id, p.sku, p.slug, p.name_id, p.name_en, p.category_code, p.program, p.regency_id, p.price_idr,
                   exists (select 1 from stock s where s.product_id = p.id and s.on_hand > s.reserved) as in_stock
            from product p
            """;

    /** One listed product's address in the sitemap. */
    public record ListedPath(String slug, Instant updatedAt) {}

    private final JdbcClient jdbc;

    ProductListings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the regency's listed products, in stock first, then by name. */
    public List<ProductSummary> inRegency(int regencyId, int offset, int limit) {
        return page("p.regency_id = :value", regencyId, offset, limit);
    }

    public long countInRegency(int regencyId) {
        return count("regency_id = :value", regencyId);
    }

    /** A page of the category's listed products, in stock first, then by name. */
    public List<ProductSummary> inCategory(String categoryCode, int offset, int limit) {
        return page("p.category_code = :value", categoryCode, offset, limit);
    }

    public long countInCategory(String categoryCode) {
        return count("category_code = :value", categoryCode);
    }

    /** The listed ones of these products, in the order given (a curator's collection). */
    public List<ProductSummary> listedInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = jdbc.sql(SELECT_SUMMARY + " where p.status = 'LISTED' and p.id in (:ids)").param("ids", ids)
                .query(this::row).list().stream()
                .collect(java.util.stream.Collectors.toMap(ProductSummary::id, p -> p));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** Listed products meeting one fixed condition on {@code :value}, in stock first, then by name. */
    private List<ProductSummary> page(String condition, Object value, int offset, int limit) {
        return jdbc.sql(SELECT_SUMMARY + " where p.status = 'LISTED' and " + condition
                        + " order by in_stock desc, p.name_id, p.id offset :offset limit :limit")
                .param("value", value).param("offset", offset).param("limit", limit)
                .query(this::row).list();
    }

    private long count(String condition, Object value) {
        return jdbc.sql("select count(*) from product where status = 'LISTED' and " + condition)
                .param("value", value).query(Long.class).single();
    }

    /** Other listed products of the same category, those of the same regency first, then those in stock. */
    public List<ProductSummary> relatedTo(Product product, int limit) {
        return jdbc.sql(SELECT_SUMMARY + """
                        where p.status = 'LISTED' and p.category_code = :category and p.id <> :id
                        order by (p.regency_id = :regency) desc, in_stock desc, p.created_at desc, p.id
                        limit :limit""")
                .param("category", product.categoryCode()).param("id", product.id())
                .param("regency", product.regencyId()).param("limit", limit)
                .query(this::row).list();
    }

    /** Hands every listed product's slug to {@code each}, in id order, without holding them all in memory. */
    public void forEachListedPath(int offset, int limit, Consumer<ListedPath> each) {
        jdbc.sql("""
                        select slug, updated_at from product where status = 'LISTED'
                        order by id offset :offset limit :limit""")
                .param("offset", offset).param("limit", limit)
                .query(rs -> {
                    each.accept(new ListedPath(rs.getString("slug"), rs.getTimestamp("updated_at").toInstant()));
                });
    }

    private ProductSummary row(ResultSet rs, int n) throws SQLException {
        return new ProductSummary(rs.getLong("id"), rs.getString("sku"), rs.getString("slug"),
                rs.getString("name_id"), rs.getString("name_en"), rs.getString("category_code"),
                Program.valueOf(rs.getString("program")), rs.getInt("regency_id"), rs.getLong("price_idr"),
                rs.getBoolean("in_stock"));
    }
}
