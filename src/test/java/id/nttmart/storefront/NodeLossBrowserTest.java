package id.nttmart.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.nttmart.catalog.importing.CatalogueImport;
import id.nttmart.support.AppInstances;
import id.nttmart.support.Browsers;
import id.nttmart.support.Csv;
import id.nttmart.support.FreePorts;
import id.nttmart.support.LoadBalancer;
import id.nttmart.support.ShopClient;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two app instances behind a real HAProxy with sticky sessions. A visitor's node is lost in the middle of their
 * shopping: the proxy sends them to the other node, where their cart (kept in PostgreSQL under the cart cookie, not
 * in the node's memory) is still full, and they check out and pay there; the order they had placed before the loss
 * is still at its tracking link. What they see: their next click on the page of the lost node reloads the page on
 * the other node (Vaadin's default for an unknown session: start over, no notice), with the same cart. The UI state
 * held by the lost node is gone, so a half-filled checkout form would have to be filled again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeLossBrowserTest {

    static final Pattern TRACKING = Pattern.compile(".*/pesanan/([A-Za-z0-9-]+)\\?token=[^&]+.*");
    static final LocatorAssertions.HasTextOptions SLOW = new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    final AppInstances nodes = new AppInstances("cluster_browser");
    LoadBalancer balancer;

    @BeforeAll
    void start() throws Exception {
        int port = FreePorts.next();
        String publicUrl = "http://localhost:" + port;
        // HAProxy gets the port once the nodes know it as their public address.
        nodes.start("node-a", "nttmart.public-url", publicUrl);
        nodes.start("node-b", "nttmart.public-url", publicUrl);
        nodes.get("node-a").getBean(CatalogueImport.class).importCsv(new StringReader(Csv.of(
                "NODE-LOSS-1,Selendang Tenun Uji Simpul,Node Loss Test Shawl,,,tenun,OVOP,Desa Uji,Kota Kupang,"
                        + "UMKM Uji,150000,300,,none,Kota Kupang:20")));
        Map<String, Integer> servers = new LinkedHashMap<>();
        servers.put("node-a", nodes.port("node-a"));
        servers.put("node-b", nodes.port("node-b"));
        balancer = LoadBalancer.startOn(port, servers);
    }

    @AfterAll
    void stop() {
        try {
            if (balancer != null) {
                balancer.close();
            }
        } finally {
            nodes.close();
        }
    }

    @Test
    void the_cart_and_an_earlier_order_survive_the_loss_of_the_node_that_served_them() {
        var shop = new ShopClient(balancer.port());
        var json = shop.get("/api/v1/products/NODE-LOSS-1").json();
        var product = new Shopper.Product("NODE-LOSS-1", json.get("url").asString(), json.get("name").asString(),
                json.get("price_idr").asLong(), 20);
        Page page = Browsers.phonePage(740);
        try {
            var shopper = new Shopper(page, balancer.port());

            // Before the loss: an order placed and paid.
            shopper.addFromProductPage(product, 1);
            String servedBy = node(page);
            String earlierOrder = checkOutAndPay(page, shopper);

            // A second cart on the same node.
            shopper.addFromProductPage(product, 2);
            assertThat(node(page)).as("sticky: the same node serves the visitor").isEqualTo(servedBy);
            shopper.openCart();
            assertThat(shopper.cartLines()).hasCount(1);

            nodes.kill(servedBy);

            // The visitor goes on: a click on the page of the lost node. The proxy sends the request to the other
            // node, which does not know this Vaadin UI; the page starts over there by itself (no "session expired"
            // notice to dismiss), showing where the click led, with the cart read from PostgreSQL.
            page.evaluate("window.nttBeforeLoss = true");
            shopper.cartLink().click();
            assertThat(startsOverWithin(page, 15_000)).as("the page reloads itself on the other node").isTrue();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Path.of("target", "screenshots", "node-loss-cart-on-the-other-node.png")));
            String survivor = servedBy.equals("node-a") ? "node-b" : "node-a";
            assertThat(page.locator(".cart h1")).hasText("Keranjang");
            assertThat(node(page)).as("the cookie now names the other node").isEqualTo(survivor);
            assertThat(shopper.cartLines()).hasCount(1);
            assertThat(shopper.cartLines().first().locator(".cart-name")).hasText(product.name());
            assertThat(shopper.cartLink()).hasText("Keranjang (2)");

            String laterOrder = checkOutAndPay(page, shopper);
            assertThat(laterOrder).isNotEqualTo(earlierOrder);
            assertThat(node(page)).isEqualTo(survivor);

            // The order placed before the loss, from its tracking link (a bookmark, a mail).
            page.navigate(earlierOrder);
            assertThat(page.locator(".tracking h1")).containsText("Pesanan");
            assertThat(page.locator(".status-banner .status-title")).hasText("Lunas");
            assertThat(page.locator(".order-lines")).containsText(product.name());
        } finally {
            page.close();
        }
    }

    /** From the cart to a paid order's tracking page; answers the tracking address (without the paid flag). */
    private String checkOutAndPay(Page page, Shopper shopper) {
        shopper.openCart();
        shopper.goToCheckout();
        shopper.fillContact("Yohana Lalang", "yohana.lalang@example.com", "0812 3456 7891");
        shopper.fillNttAddress("Kota Kupang", "Jl. El Tari No. 7", "85111", "Yohana Lalang", "0812 3456 7891");
        assertThat(shopper.payButton()).containsText("Bayar");
        shopper.pay();
        shopper.payOnSandbox("4242 4242 4242 4242");
        page.waitForURL(TRACKING, new Page.WaitForURLOptions().setTimeout(30_000));
        Matcher url = TRACKING.matcher(page.url());
        assertThat(url.matches()).isTrue();
        assertThat(page.locator(".status-banner .status-title")).hasText("Lunas", SLOW);
        return page.url().replace("&paid=1", "");
    }

    /** Whether the page loaded anew (its script state gone) within the time. */
    private static boolean startsOverWithin(Page page, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (!Boolean.TRUE.equals(page.evaluate("window.nttBeforeLoss === true"))) {
                    return true;
                }
            } catch (com.microsoft.playwright.PlaywrightException navigating) {
                // the page is being replaced
            }
            page.waitForTimeout(200);
        }
        return false;
    }

    private static String node(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals(LoadBalancer.COOKIE))
                .map(c -> c.value).findFirst().orElseThrow(() -> new AssertionError("no " + LoadBalancer.COOKIE));
    }
}
