package id.nttmart.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;
import id.nttmart.support.Browsers;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.SignIn;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Outlet staff on a 360 px phone at {@code /staf}: a buyer pays, the shipment appears without reloading (server
 * push), staff pick, pack and hand it to a courier, and the buyer's tracking page shows it on its way; staff of
 * another outlet cannot open it.
 */
@IntegrationTest
class StaffBrowserTest {

    static final LocatorAssertions.IsVisibleOptions PUSHED = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(25_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> security;

    StaffJourney journey;
    Page page;

    @BeforeEach
    void open() {
        journey = new StaffJourney(port, jdbc, security);
        page = Browsers.phonePage(800);
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void staff_see_a_paid_order_arrive_pack_it_and_hand_it_to_a_courier_and_the_buyer_sees_it_shipped() {
        String sku = journey.cloth("Manggarai Barat:3");
        SignIn.as(page, port, "staff", "staff");
        page.navigate(url("/staf"));
        assertThat(page.locator("#tab-NEW")).isVisible();
        page.evaluate("window.__notReloaded = true");

        var order = journey.orderShippedTo(sku, 2, "Manggarai Barat");
        String number = order.get("number").asString();
        journey.pay(order);
        long id = journey.shipmentOf(number);

        Locator card = card(number);
        assertThat(card).isVisible(PUSHED);
        assertThat(page.evaluate("window.__notReloaded === true")).as("arrived by push, not a reload")
                .isEqualTo(true);
        assertThat(card.locator(".staff-lines")).containsText(sku);
        assertThat(card.locator(".staff-lines .qty")).hasText("2 ×");
        assertThat(card.locator(".staff-buyer")).containsText("Yohanes Jehadu");
        assertThat(card.locator(".staff-delivery")).containsText("Jl. Soekarno No. 9");
        assertThat(card.locator(".staff-routing")).containsText("karena");
        screenshot("queue-new");

        card.locator(".step-picking").click();
        assertThat(card).hasCount(0);
        page.locator("#tab-PICKING").click();
        card(number).locator(".step-packed").click();
        page.locator("#tab-PACKED").click();
        card(number).locator(".step-ship").click();
        page.locator("#courier-name input").fill("JNE");
        page.locator("#tracking-number input").fill("JNE7788990011");
        screenshot("courier-dialog");
        page.locator(".dialog-confirm").click();
        assertThat(card(number)).hasCount(0);
        page.locator("#tab-SHIPPED").click();
        assertThat(card(number).locator(".staff-courier")).containsText("JNE7788990011");
        screenshot("queue-shipped");

        var slip = page;
        slip.navigate(url("/staf/slip/" + id));
        assertThat(slip.locator(".slip-order")).containsText(number);
        assertThat(slip.locator(".slip-lines")).containsText(sku);
        assertThat(slip.locator(".slip-delivery")).containsText("Jl. Soekarno No. 9");
        slip.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(slip.locator("header.top")).isHidden();
        assertThat(slip.locator(".packing-slip vaadin-button")).isHidden();
        assertThat(slip.locator(".slip-lines")).isVisible();
        slip.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/staff-slip-print.png")));

        var buyer = Browsers.phonePage(800);
        try {
            buyer.navigate(order.get("trackingUrl").asString());
            assertThat(buyer.locator("body")).containsText("JNE7788990011");
            assertThat(buyer.locator("body")).containsText("JNE");
        } finally {
            buyer.context().close();
        }
    }

    @Test
    void staff_of_another_outlet_cannot_open_the_shipment_or_its_slip() {
        String sku = journey.cloth("Manggarai Barat:2");
        var order = journey.orderShippedTo(sku, 1, "Manggarai Barat");
        String number = order.get("number").asString();
        journey.pay(order);
        long id = journey.shipmentOf(number);

        SignIn.as(page, port, "staff-kupang", "staff-kupang");
        page.navigate(url("/staf/slip/" + id));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("h1")).containsText("tidak ditemukan");
        assertThat(page.locator("body")).not().containsText(number);

        page.navigate(url("/staf"));
        assertThat(page.locator("#tab-NEW")).isVisible();
        assertThat(card(number)).hasCount(0);
        assertThat(page.locator("body")).not().containsText(number);

        assertThat(journey.get("staff", "/api/v1/staff/shipments/" + id).json().get("state").asString())
                .isEqualTo("NEW");
    }

    @Test
    void staff_find_a_product_at_the_stock_desk_and_receive_a_delivery() {
        String sku = journey.cloth("Manggarai Barat:1");
        SignIn.as(page, port, "staff", "staff");
        page.navigate(url("/staf/stok"));
        page.locator("#stock-search input").fill(sku.substring(0, 9).toLowerCase());
        var row = page.locator("#stock-grid").getByText(sku, new Locator.GetByTextOptions().setExact(true));
        assertThat(row).isVisible();
        assertThat(page.locator("#stock-grid .stock-product").filter(new Locator.FilterOptions().setHasText(sku)))
                .containsText("Rp150.000");
        page.locator("#stock-low input").check();
        assertThat(row).isVisible();
        screenshot("stock-low");

        row.click();
        assertThat(page.locator(".stock-now")).containsText("Di rak 1");
        page.locator("#receive-units input").fill("6");
        page.locator("#receive-note input").fill("UMKM Uji, surat jalan 42");
        page.locator(".stock-receive").click();
        assertThat(page.locator(".stock-now")).hasCount(0);
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("di rak 7")))
                .isVisible();

        page.locator("#stock-low input").uncheck();
        assertThat(row).isVisible();
        assertThat(journey.get("staff", "/api/v1/staff/stock/" + journey.outletCode("manggarai-barat") + "?q=" + sku)
                .json().get(0).get("on_hand").asInt()).isEqualTo(7);
    }

    private Locator card(String number) {
        return page.locator(".staff-shipment[data-order='" + number + "']");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/staff-" + name + ".png")));
    }
}
