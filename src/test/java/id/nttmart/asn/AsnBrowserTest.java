package id.nttmart.asn;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import id.nttmart.platform.Rupiah;
import id.nttmart.security.Role;
import id.nttmart.security.UserAccounts;
import id.nttmart.support.Browsers;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import id.nttmart.support.SignIn;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A civil servant links their NIP on {@code /asn}, buys and pays through the sandbox gateway, sees the month met on
 * their page, and the agency head sees them as compliant on {@code /asn/instansi}; another agency's head does not.
 */
@IntegrationTest
class AsnBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    Page page;

    @AfterEach
    void close() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void a_civil_servant_buys_sees_the_month_met_and_the_agency_head_sees_them_compliant() {
        String agency = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("insert into asn_agency (code, name) values (:c, 'Dinas Uji Peramban')").param("c", agency).update();
        String nip = AsnFixtures.nip();
        jdbc.sql("insert into asn_roster (nip, name, agency_id) select :n, 'Veronika Peramban', id from asn_agency"
                + " where code = :c").param("n", nip).param("c", agency).update();
        String buyer = "asn-buyer-" + UUID.randomUUID().toString().substring(0, 6);
        var account = accounts.create(buyer, "Veronika Peramban", null, null, buyer, Role.CUSTOMER);
        String head = "asn-head-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(head, "Kepala Dinas Uji", null, null, head, Role.AGENCY_HEAD);
        jdbc.sql("insert into asn_agency_head (user_id, agency_id) select u.id, a.id from app_user u, asn_agency a"
                + " where u.username = :u and a.code = :c").param("u", head).param("c", agency).update();

        // The civil servant links the NIP (typed with spaces, as printed on the card) and the agency.
        page = Browsers.phonePage(900);
        SignIn.as(page, port, buyer, buyer);
        page.navigate(url("/asn"));
        page.locator("vaadin-text-field.asn-nip input").fill(nip.substring(0, 8) + " " + nip.substring(8, 14) + " "
                + nip.substring(14));
        page.locator("vaadin-combo-box.asn-agency input").fill(agency);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(agency)).first().click();
        page.locator("vaadin-button.asn-link").click();
        assertThat(page.locator(".asn-claim")).containsText(nip);
        assertThat(page.locator(".asn-flag")).hasCount(0);
        assertThat(page.locator(".asn-left")).containsText("Rp100.000");
        screenshot("asn-linked");

        // A purchase, paid at the sandbox gateway (the order carries the signed-in account, as checkout records it).
        long total = buyAndPay(account.id());
        assertThat(total).isGreaterThanOrEqualTo(100_000);
        page.navigate(url("/asn"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".asn-total")).containsText(Rupiah.format(total));
        assertThat(page.locator(".asn-met")).isVisible();
        screenshot("asn-met");

        // The agency head sees the civil servant as compliant.
        page.context().close();
        page = Browsers.phonePage(1200);
        SignIn.as(page, port, head, head);
        page.navigate(url("/asn/instansi"));
        assertThat(page.locator(".asn-summary")).containsText("1 dari 1");
        var people = page.locator("vaadin-grid.asn-people");
        assertThat(people).containsText("Veronika Peramban");
        assertThat(people).containsText(nip);
        assertThat(people).containsText("terpenuhi");
        screenshot("asn-head");

        // Another agency's head opens the same page and sees only their own (empty) agency, never this person.
        String otherAgency = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("insert into asn_agency (code, name) values (:c, 'Dinas Lain')").param("c", otherAgency).update();
        String stranger = "asn-head-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(stranger, "Kepala Dinas Lain", null, null, stranger, Role.AGENCY_HEAD);
        jdbc.sql("insert into asn_agency_head (user_id, agency_id) select u.id, a.id from app_user u, asn_agency a"
                + " where u.username = :u and a.code = :c").param("u", stranger).param("c", otherAgency).update();
        page.context().close();
        page = Browsers.phonePage(1200);
        SignIn.as(page, port, stranger, stranger);
        page.navigate(url("/asn/instansi"));
        assertThat(page.locator(".asn-summary")).containsText("0 dari 0");
        assertThat(page.locator("body")).not().containsText("Veronika Peramban");
        var api = new ShopClient(port).getAs("/api/v1/asn/agencies/" + agency + "/compliance", stranger, stranger);
        assertThat(api.status()).isEqualTo(403);
    }

    private long buyAndPay(long userId) {
        var shop = new ShopClient(port);
        String sku = "ASNB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var report = shop.importCsvAsAdmin(Csv.of(sku + ",Kain Tenun Uji " + sku + ",Test ikat " + sku
                + ",,,tenun,OVOP,Desa Uji,Sikka,UMKM Uji,125000,700,,none,Sikka:5")).json();
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(1);
        String outlet = jdbc.sql("select o.code from outlet o join regency r on r.id = o.regency_id"
                + " where r.slug = 'sikka' and o.main_outlet").query(String.class).single();
        var placed = shop.postJson("/api/v1/orders", "{\"lines\":[{\"sku\":\"" + sku + "\",\"qty\":1}],"
                + "\"delivery\":{\"type\":\"pickup\",\"outlet\":\"" + outlet + "\"},\"buyer\":{\"name\":\"Veronika\","
                + "\"email\":\"veronika@example.com\",\"phone\":\"081234567890\"},\"ageConfirmed\":false,\"lang\":\"id\"}");
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String number = placed.json().get("number").asString();
        jdbc.sql("update customer_order set user_id = :u where number = :n").param("u", userId).param("n", number)
                .update();
        var link = shop.open(placed.json().get("paymentUrl").asString());
        String path = URI.create(link.header("Location")).getPath();
        // The buyer pays on the gateway's page in the browser.
        page.navigate(url(path));
        page.locator("input[name=card_number]").fill("4242424242424242");
        page.locator("input[name=expiry]").fill("12/40");
        page.locator("input[name=cvc]").fill("123");
        page.locator("form button[type=submit], form input[type=submit]").first().click();
        await().atMost(Duration.ofSeconds(20)).until(() -> "PAID".equals(jdbc.sql(
                "select status from customer_order where number = :n").param("n", number).query(String.class)
                .single()));
        return jdbc.sql("select total_idr from customer_order where number = :n").param("n", number)
                .query(Long.class).single();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
