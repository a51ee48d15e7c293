package id.nttmart.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.SameSiteAttribute;
import id.nttmart.platform.Rupiah;
import id.nttmart.support.Browsers;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import id.nttmart.support.SignIn;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A guest on a 360 px phone fills a cart, checks out, pays on the sandbox's page and follows the order. */
@IntegrationTest
class CheckoutBrowserTest {

    static final Pattern RUPIAH = Pattern.compile("Rp\\d{1,3}(\\.\\d{3})*");
    static final Pattern TRACKING = Pattern.compile(".*/pesanan/([A-Za-z0-9-]+)\\?token=[^&]+.*");
    static final LocatorAssertions.HasTextOptions SLOW = new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Page page;
    Shopper shopper;

    @BeforeEach
    void open() {
        page = Browsers.phonePage(740);
        shopper = new Shopper(page, port);
    }

    @AfterEach
    void close() {
        page.close();
    }

    @Test
    void a_guest_buys_two_products_ships_them_to_kupang_pays_and_follows_the_order() {
        var products = Shopper.inStock(new ShopClient(port), 2, 3);
        var first = products.get(0);
        var second = products.get(1);

        shopper.addFromProductPage(first, 1);
        assertThat(shopper.cartLink()).hasText("Keranjang (1)");
        shopper.addFromProductPage(second, 2);
        assertThat(shopper.cartLink()).hasText("Keranjang (3)");

        shopper.openCart();
        assertThat(shopper.cartLines()).hasCount(2);
        assertThat(shopper.cartLines().nth(0).locator(".cart-name")).hasText(first.name());
        assertThat(shopper.cartLines().nth(1).locator(".cart-name")).hasText(second.name());
        long subtotal = first.priceIdr() + 2 * second.priceIdr();
        assertThat(page.locator(".cart-summary .subtotal-amount")).hasText(Rupiah.format(subtotal));
        assertThat(page.locator(".line-problem")).hasCount(0);
        screenshot("cart");

        shopper.goToCheckout();
        shopper.fillContact("Maria Nahak", "maria.nahak@example.com", "0812 3456 7890");
        shopper.fillNttAddress("Kota Kupang", "Jl. Timor Raya No. 5", "85228", "Maria Nahak", "0812 3456 7890");

        var quote = shopper.quote();
        assertThat(quote.locator(".shipment h3").first()).containsText("Dikirim dari");
        assertThat(quote.locator(".reason").first()).not().isEmpty();
        assertThat(quote.locator(".quote-subtotal .amount")).hasText(Rupiah.format(subtotal));
        assertThat(quote.locator(".quote-shipping .amount")).hasText(RUPIAH);
        assertThat(quote.locator(".days")).containsText("Estimasi");
        long shipping = Long.parseLong(quote.locator(".quote-shipping .amount").textContent().replaceAll("\\D", ""));
        String total = Rupiah.format(subtotal + shipping);
        assertThat(quote.locator(".quote-total .amount")).hasText(total);
        assertThat(shopper.payButton()).hasText("Bayar " + total);
        assertThat(page.locator(".currency-hint")).hasCount(0);
        screenshot("checkout");
        assertNoSidewaysScrolling();

        shopper.pay();
        assertThat(page.locator("body")).containsText(total);
        shopper.payOnSandbox("4242 4242 4242 4242");

        page.waitForURL(TRACKING, new Page.WaitForURLOptions().setTimeout(30_000));
        Matcher url = TRACKING.matcher(page.url());
        assertThat(url.matches()).isTrue();
        String number = url.group(1);
        assertThat(page.locator(".tracking h1")).hasText("Pesanan " + number);
        assertThat(page.locator(".status-banner .status-title")).hasText("Lunas", SLOW);
        assertThat(page.locator(".order-lines .grand .amount")).hasText(total);
        assertThat(page.locator(".timeline")).containsText("Pembayaran diterima");
        assertThat(page.locator(".pay-now")).hasCount(0);
        assertThat(shopper.cartLink()).hasText("Keranjang (0)");
        screenshot("tracking-paid");

        String bookmark = page.url().replace("&paid=1", "");
        var fresh = Browsers.phonePage(740);
        try {
            fresh.navigate(bookmark);
            assertThat(fresh.locator(".tracking h1")).hasText("Pesanan " + number);
            assertThat(fresh.locator(".status-banner .status-title")).hasText("Lunas");
            assertThat(fresh.locator(".order-lines")).containsText(first.name());
            assertThat(fresh.locator(".order-lines")).containsText(second.name());
            assertThat(fresh.locator(".order-delivery")).containsText("Kota Kupang");

            fresh.navigate(bookmark.replaceAll("token=[^&]+", "token=not-the-token"));
            assertThat(fresh.locator(".not-found h1")).isVisible();
            assertThat(fresh.locator(".tracking")).hasCount(0);
            assertThat(fresh.locator("body")).not().containsText(number);
        } finally {
            fresh.close();
        }
    }

    @Test
    void a_declined_card_is_said_so_on_the_payment_page_the_order_still_offers_pay_now_and_can_be_cancelled() {
        var product = Shopper.inStock(new ShopClient(port), 3, 2).get(2);
        shopper.addFromProductPage(product, 1);
        shopper.openCart();
        shopper.goToCheckout();
        shopper.fillContact("Yohanes Bria", "yohanes@example.com", "0813 1111 2222");
        shopper.choosePickup();
        assertThat(shopper.quote().locator(".shipment h3").first()).containsText("Ambil di");
        assertThat(shopper.quote().locator(".quote-shipping .amount")).hasText("Gratis");
        assertThat(page.locator(".outlet-details")).containsText("Jam buka");
        screenshot("checkout-pickup");

        shopper.pay();
        shopper.payOnSandbox("4000 0000 0000 0002");

        assertThat(page.locator(".error")).containsText("ditolak");
        assertThat(page).hasURL(Pattern.compile(".*/sandbox/pay/.+"));
        page.locator("a[href*='cancelled=1']").click();

        page.waitForURL(TRACKING);
        assertThat(page.locator(".status-banner .status-title")).hasText("Pembayaran belum selesai");
        assertThat(page.locator(".pay-now")).containsText("Bayar sekarang");
        assertThat(page.locator(".cancel-order")).isVisible();
        screenshot("tracking-not-paid");
        String tracking = page.url().replace("&cancelled=1", "");

        page.locator(".pay-now").click();
        page.waitForURL(Pattern.compile(".*/sandbox/pay/.+"));

        // Changed their mind: back on the tracking page, cancel, confirm in the dialog.
        page.navigate(tracking);
        page.locator(".cancel-order").click();
        assertThat(page.getByText("Batalkan pesanan ini?")).isVisible();
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator(".status-banner .status-title")).hasText("Dibatalkan", SLOW);
        assertThat(page.locator(".pay-now")).hasCount(0);
        assertThat(page.locator(".cancel-order")).hasCount(0);
        assertThat(page.locator(".timeline")).containsText("Pesanan dibatalkan");
    }

    @Test
    void the_cart_survives_a_reload_keeps_its_cookie_http_only_and_english_visitors_see_approximate_dollars() {
        var product = Shopper.inStock(new ShopClient(port), 4, 2).get(3);
        shopper.addFromProductPage(product, 1);
        shopper.openCart();
        assertThat(shopper.cartLines()).hasCount(1);

        page.reload();

        assertThat(shopper.cartLines()).hasCount(1);
        assertThat(shopper.cartLines().first().locator(".cart-name")).hasText(product.name());
        assertThat(shopper.cartLink()).hasText("Keranjang (1)");
        var cookie = page.context().cookies().stream().filter(c -> c.name.equals(CartSession.COOKIE)).findFirst()
                .orElseThrow();
        assertThat(cookie.httpOnly).isTrue();
        assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(page.locator(".currency-hint")).hasCount(0);

        page.getByText("English").click();

        assertThat(shopper.cartLink()).hasText("Cart (1)");
        assertThat(page.locator(".cart-summary .currency-hint")).hasText(
                Pattern.compile("≈ US\\$[\\d,]+\\.\\d{2} · €[\\d,]+\\.\\d{2} · A\\$[\\d,]+\\.\\d{2} \\(approximate\\)"));
        shopper.cartLines().first().locator(".remove").click();
        assertThat(page.locator(".cart-empty")).isVisible();
        assertThat(shopper.cartLink()).hasText("Cart (0)");
    }

    @Test
    void more_units_than_the_outlets_hold_are_flagged_in_the_cart_and_checkout_waits() {
        var product = Shopper.inStock(new ShopClient(port), 5, 1).get(4);
        shopper.addFromProductPage(product, product.available() + 1);
        shopper.openCart();

        var line = shopper.cartLines().first();
        assertThat(line.locator(".line-problem")).hasText("Tinggal " + product.available() + ": kurangi jumlahnya.");
        assertThat(page.locator(".checkout-button")).isDisabled();
        screenshot("cart-short");

        var quantity = line.getByLabel("Jumlah");
        quantity.fill(Integer.toString(product.available()));
        quantity.press("Tab");
        assertThat(line.locator(".line-problem")).hasCount(0);
        assertThat(page.locator(".checkout-button")).isEnabled();
    }

    private void assertNoSidewaysScrolling() {
        double width = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "checkout-" + name + ".png")));
    }

    @Test
    void a_cart_filled_as_a_guest_follows_the_buyer_into_their_account_and_the_order_is_listed_there() {
        jdbc.sql("delete from cart_line where cart_id in (select c.id from cart c join app_user u on u.id = c.user_id"
                + " where u.username = 'customer')").update();
        var product = Shopper.inStock(new ShopClient(port), 1, 1).getFirst();
        shopper.addFromProductPage(product, 1);
        assertThat(shopper.cartLink()).hasText("Keranjang (1)");

        SignIn.as(page, port, "customer", "customer");
        shopper.open("/");
        shopper.openCart();

        assertThat(shopper.cartLines()).hasCount(1);
        assertThat(shopper.cartLines().locator(".cart-name")).hasText(product.name());
        assertThat(page.context().cookies().stream().filter(c -> c.name.equals("nttmart_cart")).toList()).isEmpty();
        shopper.goToCheckout();
        assertThat(page.getByLabel("Nama lengkap").first()).hasValue("Pembeli Demo");
        shopper.fillContact("Pembeli Demo", "pembeli.demo@example.com", "0813 5555 6666");
        shopper.choosePickup();
        shopper.pay();
        shopper.payOnSandbox("4242 4242 4242 4242");
        page.waitForURL(TRACKING, new Page.WaitForURLOptions().setTimeout(30_000));
        Matcher url = TRACKING.matcher(page.url());
        assertThat(url.matches()).isTrue();
        String number = url.group(1);
        assertThat(page.locator(".status-banner .status-title")).hasText("Lunas", SLOW);

        shopper.open("/akun");
        var listed = page.locator(".my-orders .my-order").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText(number));
        assertThat(listed).hasCount(1);
        assertThat(listed).containsText("Lunas");
        listed.locator("a").click();
        page.waitForURL(TRACKING);
        assertThat(page.locator(".tracking h1")).hasText("Pesanan " + number);
    }
}
