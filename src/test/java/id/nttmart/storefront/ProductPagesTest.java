package id.nttmart.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.catalog.Slugs;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a crawler, a chat app's link preview or a phone without JavaScript gets from the product addresses. */
@IntegrationTest
class ProductPagesTest {

    static final String ROW = "PAGE-1,Madu Hutan Uji Halaman,Forest Honey Page Test,Madu hutan dari Desa Uji di"
            + " Sikka.,Forest honey from Uji village in Sikka.,madu,OCOP,Desa Uji,Sikka,Kelompok Madu Uji,"
            + "185000,500,PIRT:2065301010123-26,none,Sikka:3";
    static final String SLUG = "madu-hutan-uji-halaman-page-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ShopClient shop;
    String base;

    @BeforeEach
    void product() {
        shop = new ShopClient(port);
        base = "http://localhost:" + port;
        assertThat(shop.importCsvAsAdmin(Csv.of(ROW)).status()).isEqualTo(200);
    }

    @Test
    void the_first_html_response_carries_the_share_tags_and_a_first_paint_of_the_product() throws java.io.IOException {
        var response = shop.get("/produk/" + SLUG);

        assertThat(response.status()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).contains("Madu Hutan Uji Halaman").contains("Rp185.000");
        assertThat(meta(page, "og:title")).contains("Madu Hutan Uji Halaman").contains("Rp185.000");
        assertThat(meta(page, "og:type")).isEqualTo("product");
        assertThat(meta(page, "og:url")).isEqualTo(base + "/produk/" + SLUG);
        assertThat(meta(page, "og:image")).isEqualTo(base + "/media/products/PAGE-1/share.png");
        var picture = shop.getBytes("/media/products/PAGE-1/share.png");
        assertThat(picture.contentType()).isEqualTo("image/png");
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(picture.body()));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(meta(page, "product:price:amount")).isEqualTo("185000");
        assertThat(meta(page, "product:price:currency")).isEqualTo("IDR");
        assertThat(meta(page, "og:description")).contains("Rp185.000").contains("Sikka");
        assertThat(page.select("meta[name=description]")).hasSize(1);
        assertThat(page.select("meta[name=description]").attr("content")).contains("Madu hutan dari Desa Uji");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(base + "/produk/" + SLUG);

        var firstPaint = page.getElementById("ssr");
        assertThat(firstPaint).isNotNull();
        assertThat(firstPaint.select("h1").text()).isEqualTo("Madu Hutan Uji Halaman");
        assertThat(firstPaint.select(".price").text()).isEqualTo("Rp185.000");
        assertThat(firstPaint.select("img").attr("src")).isEqualTo("/media/products/PAGE-1/0");
        assertThat(firstPaint.text()).contains("Sikka · Flores");
        assertThat(shop.get("/media/products/PAGE-1/0").status()).isEqualTo(200);
    }

    @Test
    void an_unknown_product_gets_a_plain_404_page_not_a_stack_trace() {
        var response = shop.get("/produk/tidak-ada-produk-ini-x-1");

        assertThat(response.status()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("#ssr h1").text()).isEqualTo("Halaman tidak ditemukan");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("og:title");
    }

    @Test
    void the_old_product_address_moves_permanently_to_the_slug() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/product/PAGE-1"))
                .build(), HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/produk/" + SLUG));
    }

    @Test
    void the_sitemap_lists_listed_products_and_not_unlisted_ones() {
        shop.importCsvAsAdmin(Csv.of(ROW.replace("PAGE-1", "PAGE-GONE").replace("Uji Halaman", "Tarik Halaman")));
        jdbc.sql("update product set status = 'DELISTED' where sku = 'PAGE-GONE'").update();

        var sitemap = shop.get("/sitemap.xml");

        assertThat(sitemap.status()).isEqualTo(200);
        assertThat(sitemap.body()).startsWith("<?xml").contains("<urlset")
                .contains("<loc>" + base + "/produk/" + SLUG + "</loc>")
                .contains("<loc>" + base + "/kabupaten/sikka</loc>")
                .contains("<loc>" + base + "/kategori/madu</loc>")
                .doesNotContain("page-gone");
        long listed = jdbc.sql("select count(*) from product where status = 'LISTED'").query(Long.class).single();
        assertThat(sitemap.body().split("/produk/", -1)).hasSize((int) listed + 1);
        assertThat(shop.get("/robots.txt").body()).contains("Sitemap: " + base + "/sitemap.xml");
    }

    @Test
    void the_migration_rule_for_existing_rows_and_the_import_rule_make_the_same_slugs() {
        // The expression of V0005__product_slug.sql, over the products the import wrote with Slugs.of (those with
        // plain ASCII names: the migration turns accented letters into hyphens where Slugs drops the accents).
        var rows = jdbc.sql("""
                        select name_id, sku, slug, concat_ws('-', nullif(name_part, ''), sku_part) as migrated
                        from (select name_id, sku, slug,
                                     case when length(words) > 60
                                          then coalesce(substring(left(words, 61) from '^(.*)-'), left(words, 60))
                                          else words end as name_part,
                                     trim(both '-' from regexp_replace(lower(sku), '[^a-z0-9]+', '-', 'g')) as sku_part
                              from (select name_id, sku, slug, trim(both '-' from
                                        regexp_replace(lower(name_id), '[^a-z0-9]+', '-', 'g')) as words
                                    from product where name_id ~ '^[ -~]+$') w) n""")
                .query((rs, n) -> new String[] {rs.getString("name_id"), rs.getString("sku"), rs.getString("slug"),
                        rs.getString("migrated")})
                .list();
        assertThat(rows).hasSizeGreaterThan(100);
        rows.forEach(r -> {
            assertThat(r[2]).as(r[1]).isEqualTo(Slugs.of(r[0], r[1]));
            assertThat(r[3]).as(r[1]).isEqualTo(r[2]);
        });
        assertThat(jdbc.sql("select slug from product where sku = 'PAGE-1'").query(String.class).single())
                .isEqualTo(SLUG);
    }

    private static String meta(Document page, String property) {
        var tags = page.select("meta[property]").stream().filter(m -> m.attr("property").equals(property)).toList();
        assertThat(tags).as(property).hasSize(1);
        return tags.getFirst().attr("content");
    }
}
