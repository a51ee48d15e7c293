package id.nttmart.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the catalogue: products, their producers and licences, and the categories. */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private static final String SELECT_PRODUCT = """
            select p.id, p.sku, p.name_id, p.name_en, p.description_id, p.description_en, p.category_code,
                   p.program, p.origin, p.regency_id, p.price_idr, p.weight_g, p.restriction, p.status, p.version,
                   p.created_at, p.slug, pr.id as producer_id, pr.name as producer_name, pr.kind as producer_kind,
                   pr.regency_id as producer_regency_id,
                   (select count(*) from product_image i where i.product_id = p.id) as image_count
            from product p join producer pr on pr.id = p.producer_id
            """;

    private final JdbcClient jdbc;
    private volatile List<Category> categories;

    Catalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> categories() {
        List<Category> loaded = categories;
        if (loaded == null) {
            loaded = jdbc.sql("select code, name_id, name_en, food from category order by position")
                    .query((rs, n) -> new Category(rs.getString("code"), rs.getString("name_id"),
                            rs.getString("name_en"), rs.getBoolean("food")))
                    .list();
            categories = loaded;
        }
        return loaded;
    }

    public Optional<Category> category(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Product> findBySku(String sku) {
        return jdbc.sql(SELECT_PRODUCT + " where p.sku = :sku").param("sku", sku).query(this::row).optional()
                .map(p -> withLicences(List.of(p)).getFirst());
    }

    /** A listed product, as the storefront may show it. */
    public Optional<Product> findListedBySku(String sku) {
        return findBySku(sku).filter(p -> p.status() == ProductStatus.LISTED);
    }

    /** A listed product by its slug, as {@code /produk/{slug}} shows it. */
    public Optional<Product> findListedBySlug(String slug) {
        return jdbc.sql(SELECT_PRODUCT + " where p.slug = :slug and p.status = 'LISTED'").param("slug", slug)
                .query(this::row).optional().map(p -> withLicences(List.of(p)).getFirst());
    }

    /** The positions of the product's pictures, in gallery order. */
    public List<Integer> imagePositions(long productId) {
        return jdbc.sql("select position from product_image where product_id = :id order by position")
                .param("id", productId).query(Integer.class).list();
    }

    /** The sellable facts of products by SKU (any status), in one light query: what checkout reads per order. */
    public List<Sellable> sellableBySkus(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, sku, name_id, name_en, price_idr, weight_g, restriction, status from product
                        where sku in (:skus)""")
                .param("skus", skus)
                .query((rs, n) -> new Sellable(rs.getLong("id"), rs.getString("sku"), rs.getString("name_id"),
                        rs.getString("name_en"), rs.getLong("price_idr"), rs.getInt("weight_g"),
                        "ALCOHOL".equals(rs.getString("restriction")), ProductStatus.valueOf(rs.getString("status"))))
                .list();
    }

    public List<Product> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withLicences(jdbc.sql(SELECT_PRODUCT + " where p.id in (:ids)").param("ids", ids).query(this::row)
                .list());
    }

    /** One page of listed product ids after {@code afterId}, in id order, for a full reindex. */
    public List<Long> listedIdsAfter(long afterId, int limit) {
        return jdbc.sql("select id from product where status = 'LISTED' and id > :after order by id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    public long countListed() {
        return jdbc.sql("select count(*) from product where status = 'LISTED'").query(Long.class).single();
    }

    public Optional<ProductImage> image(String sku, int position) {
        return jdbc.sql("""
                        select i.content_type, i.content from product_image i join product p on p.id = i.product_id
                        where p.sku = :sku and i.position = :position and p.status = 'LISTED'""")
                .param("sku", sku)
                .param("position", position)
                .query((rs, n) -> new ProductImage(rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    private List<Product> withLicences(List<Product> products) {
        if (products.isEmpty()) {
            return products;
        }
        Map<Long, List<Licence>> licences = new HashMap<>();
        jdbc.sql("select product_id, type, number, expires_on from product_licence where product_id in (:ids)"
                        + " order by type, number")
                .paramSource(new MapSqlParameterSource("ids", products.stream().map(Product::id).toList()))
                .query(rs -> {
                    LocalDate expiry = rs.getObject("expires_on", LocalDate.class);
                    licences.computeIfAbsent(rs.getLong("product_id"), id -> new ArrayList<>())
                            .add(new Licence(LicenceType.valueOf(rs.getString("type")), rs.getString("number"),
                                    expiry));
                });
        return products.stream().map(p -> new Product(p.id(), p.sku(), p.nameId(), p.nameEn(), p.descriptionId(),
                        p.descriptionEn(), p.categoryCode(), p.program(), p.origin(), p.regencyId(), p.producer(),
                        p.priceIdr(), p.weightGrams(), p.alcohol(), p.status(), p.version(), p.createdAt(),
                        licences.getOrDefault(p.id(), List.of()), p.imageCount(), p.slug()))
                .toList();
    }

    private Product row(ResultSet rs, int n) throws SQLException {
        var producer = new Producer(rs.getLong("producer_id"), rs.getString("producer_name"),
                Producer.Kind.valueOf(rs.getString("producer_kind")), rs.getInt("producer_regency_id"));
        return new Product(rs.getLong("id"), rs.getString("sku"), rs.getString("name_id"), rs.getString("name_en"),
                rs.getString("description_id"), rs.getString("description_en"), rs.getString("category_code"),
                Program.valueOf(rs.getString("program")), rs.getString("origin"), rs.getInt("regency_id"), producer,
                rs.getLong("price_idr"), rs.getInt("weight_g"), "ALCOHOL".equals(rs.getString("restriction")),
                ProductStatus.valueOf(rs.getString("status")), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), List.of(), rs.getInt("image_count"),
                rs.getString("slug"));
    }
}
