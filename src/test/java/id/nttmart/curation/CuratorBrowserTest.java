package id.nttmart.curation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import id.nttmart.catalog.ProductEdits;
import id.nttmart.support.Browsers;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import id.nttmart.support.SignIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A Dekranasda curator at a tablet: reviews outlet submissions and features a collection, in a real Chromium. */
@IntegrationTest
class CuratorBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProductEdits edits;

    @Autowired
    TransactionTemplate transactions;

    private final List<Page> pages = new ArrayList<>();

    @AfterEach
    void close() {
        pages.forEach(Page::close);
        CurationFixtures.delistAll(jdbc, edits, transactions, "CUR-B-");
        CurationFixtures.deleteCollections(jdbc, "uji-");
    }

    /** A new browser context (its own session) on a tablet held sideways. */
    private Page tablet(String user) {
        Page page = Browsers.chromium().newPage(new Browser.NewPageOptions().setViewportSize(1024, 768)
                .setLocale("id-ID"));
        pages.add(page);
        SignIn.as(page, port, user, user);
        return page;
    }

    private void open(Page page, String path) {
        page.navigate("http://localhost:" + port + path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private static void choose(Page page, String selectId, String option) {
        page.locator("#" + selectId).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    @Test
    void a_curator_approves_what_an_outlet_submitted_and_shoppers_then_find_it() {
        Page staff = tablet("staff");
        open(staff, "/staf/produk-baru");
        staff.getByLabel("SKU").fill("CUR-B-SONGKE-1");
        staff.getByLabel("Nama (Indonesia)").fill("Kain Songke Warloka Pilihan");
        staff.getByLabel("Nama (Inggris)").fill("Warloka Songke Cloth");
        choose(staff, "submit-category", "Tenun ikat");
        choose(staff, "submit-program", "OVOP");
        staff.getByLabel("Asal (desa, sekolah atau komunitas)").fill("Desa Warloka");
        staff.getByLabel("Pelaku usaha").fill("Kelompok Tenun Warloka");
        staff.getByLabel("Harga (Rp)").fill("725000");
        staff.getByLabel("Berat (gram)").fill("650");
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim untuk kurasi")).click();

        assertThat(staff.locator(".message")).containsText("menunggu kurasi");
        assertThat(staff.locator("[data-sku='CUR-B-SONGKE-1'] .state")).hasText("Menunggu kurasi");

        Page curator = tablet("curator");
        open(curator, "/kurasi");
        Locator card = curator.locator(".review-item[data-sku='CUR-B-SONGKE-1']");
        assertThat(card).containsText("staff");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Setujui")).click();

        assertThat(curator.locator(".message.ok")).containsText("Kain Songke Warloka Pilihan");
        assertThat(card).hasCount(0);

        // The outbox relay indexes the approved product within moments; the shopper's search then finds it.
        var shop = new ShopClient(port);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(shop.search("Songke Warloka Pilihan")
                .json().get("items").findValuesAsString("sku")).contains("CUR-B-SONGKE-1"));
        Page shopper = Browsers.phonePage(740);
        pages.add(shopper);
        open(shopper, "/search?q=Songke+Warloka+Pilihan");
        assertThat(shopper.locator(".card-name").first()).hasText("Kain Songke Warloka Pilihan");

        open(staff, "/staf/produk-baru");
        assertThat(staff.locator("[data-sku='CUR-B-SONGKE-1'] .state")).hasText("Disetujui");
    }

    @Test
    void a_food_product_without_a_licence_cannot_be_approved() {
        new ShopClient(port).importCsv(Csv.of("CUR-B-MADU-1,Madu Hutan Golo Mori,Golo Mori Forest Honey,,,madu,"
                + "OVOP,Desa Golo Mori,Manggarai Barat,UMKM Madu Golo Mori,95000,350,PIRT:2065315010009-27,none,"),
                "staff", "staff");
        // The curator struck the licence off as not genuine: the product now holds none.
        jdbc.sql("delete from product_licence where product_id = (select id from product where sku = 'CUR-B-MADU-1')")
                .update();

        Page curator = tablet("curator");
        open(curator, "/kurasi");
        Locator card = curator.locator(".review-item[data-sku='CUR-B-MADU-1']");
        assertThat(card.locator(".licence-problem")).hasText("Izin PIRT/BPOM belum ada");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Setujui")).click();

        assertThat(curator.locator(".message.error")).containsText(
                "Madu Hutan Golo Mori adalah pangan atau minuman (Honey): perlu izin PIRT atau BPOM");
        assertThat(card).isVisible();
        assertThat(jdbc.sql("select status from product where sku = 'CUR-B-MADU-1'").query(String.class).single())
                .isEqualTo("PENDING_REVIEW");
        assertThat(new ShopClient(port).get("/api/v1/products/CUR-B-MADU-1").status()).isEqualTo(404);
    }

    @Test
    void a_curator_features_a_collection_that_the_home_page_shows_at_once() {
        List<String> skus = jdbc.sql("""
                        select p.sku from product p join regency r on r.id = p.regency_id
                        where r.slug = 'sikka' and p.category_code = 'tenun' and p.status = 'LISTED'
                          and p.sku not like 'CUR-%' order by p.id limit 2""")
                .query(String.class).list();
        List<String> names = skus.stream().map(sku -> jdbc.sql("select name_id from product where sku = :sku")
                .param("sku", sku).query(String.class).single()).toList();

        Page curator = tablet("curator");
        open(curator, "/kurasi/koleksi");
        curator.getByLabel("Alamat (/koleksi/...)").fill("uji-tenun-sikka");
        curator.getByLabel("Judul (Indonesia)").fill("Tenun Sikka Pilihan Kurator");
        curator.getByLabel("Judul (Inggris)").fill("Curators' Sikka Ikat");
        curator.getByLabel("Tampil di beranda").check();
        var regency = curator.getByLabel("Kabupaten");
        regency.fill("Sikka");
        curator.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Sikka")).first()
                .click();
        curator.getByLabel("Produk (SKU, satu per baris, berurutan)").fill(skus.get(1) + "\n" + skus.get(0));
        curator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
        assertThat(curator.locator(".message.ok")).containsText("Tenun Sikka Pilihan Kurator");

        Page shopper = Browsers.phonePage(740);
        pages.add(shopper);
        open(shopper, "/");
        Locator section = shopper.locator("[data-collection='uji-tenun-sikka']");
        assertThat(section.locator("h2")).hasText("Tenun Sikka Pilihan Kurator");
        assertThat(section.locator(".card-name")).hasText(new String[] {names.get(1), names.get(0)});

        section.getByText("Lihat semua").click();
        assertThat(shopper).hasURL(java.util.regex.Pattern.compile(".*/koleksi/uji-tenun-sikka"));
        assertThat(shopper.locator("h1")).hasText("Tenun Sikka Pilihan Kurator");

        open(shopper, "/kabupaten/sikka");
        assertThat(shopper.locator("[data-collection='uji-tenun-sikka'] .card-name"))
                .hasText(new String[] {names.get(1), names.get(0)});
        open(shopper, "/kabupaten/ende");
        assertThat(shopper.locator("[data-collection='uji-tenun-sikka']")).hasCount(0);
    }
}
