package id.nttmart.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import id.nttmart.support.ShopClient;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Page object for a shopper's way through product page, cart, checkout, the sandbox's payment page and tracking. */
class Shopper {

    /** A product found through the API: its address, name, price and the units the outlets have together. */
    record Product(String sku, String path, String name, long priceIdr, int available) {}

    private final Page page;
    private final int port;

    Shopper(Page page, int port) {
        this.page = page;
        this.port = port;
    }

    /** In-stock products without alcohol whose outlets hold between {@code min} and 98 units together. */
    static List<Product> inStock(ShopClient shop, int count, int min) {
        var items = shop.get("/api/v1/products?inStock=true&size=48").json().get("items");
        List<Product> found = new ArrayList<>();
        for (JsonNode item : items) {
            var product = shop.get("/api/v1/products/" + item.get("sku").asString()).json();
            int available = 0;
            for (JsonNode a : product.get("availability")) {
                available += a.get("available").asInt();
            }
            if (!product.get("alcohol").asBoolean() && available >= min && available <= 98) {
                found.add(new Product(product.get("sku").asString(), product.get("url").asString(),
                        product.get("name").asString(), product.get("price_idr").asLong(), available));
            }
            if (found.size() == count) {
                return found;
            }
        }
        throw new IllegalStateException("Fewer than " + count + " suitable products in stock");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        page.navigate(url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Opens the product's page and adds {@code units} of it with the quantity field and the button. */
    void addFromProductPage(Product product, int units) {
        open(product.path());
        assertThat(page.locator(".product h1")).hasText(product.name());
        if (units != 1) {
            var quantity = page.getByLabel("Jumlah").first();
            quantity.fill(Integer.toString(units));
            quantity.press("Tab");
        }
        page.locator(".cart-button").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Masuk keranjang");
    }

    Locator cartLink() {
        return page.locator(".top .cart-link");
    }

    void openCart() {
        cartLink().click();
        page.waitForURL("**/keranjang");
        assertThat(page.locator(".cart h1")).hasText("Keranjang");
    }

    Locator cartLines() {
        return page.locator(".cart-line");
    }

    void goToCheckout() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lanjut ke pembayaran")).click();
        page.waitForURL("**/checkout");
        assertThat(page.locator(".checkout h1")).hasText("Checkout");
    }

    void fillContact(String name, String email, String phone) {
        field("Nama lengkap", name);
        field("Email", email);
        field("Nomor HP", phone);
    }

    /** Shipping within NTT: the regency chosen from the list of 22, the rest typed. */
    void fillNttAddress(String regency, String street, String postalCode, String recipient, String phone) {
        var combo = page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHas(
                page.getByLabel("Kabupaten/kota", new Page.GetByLabelOptions().setExact(true)))).locator("input");
        combo.fill(regency);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(regency)).first().click();
        field("Kecamatan", "Kelapa Lima");
        field("Desa/kelurahan", "Oesapa");
        field("Jalan, nomor rumah", street);
        field("Kode pos", postalCode);
        field("Penerima", recipient);
        field("Nomor HP penerima", phone);
    }

    void choosePickup() {
        page.getByText("Ambil di gerai NTT Mart (gratis)").click();
        assertThat(page.locator(".pickup vaadin-select")).isVisible();
    }

    Locator quote() {
        return page.locator(".quote");
    }

    Locator payButton() {
        return page.locator(".pay-button");
    }

    /** Presses "Bayar Rp…" and waits for the sandbox's hosted payment page. */
    void pay() {
        payButton().click();
        page.waitForURL(Pattern.compile(".*/sandbox/pay/.+"), new Page.WaitForURLOptions().setTimeout(30_000));
    }

    /** On the sandbox's page: card number, a future expiry, any CVC, then pay. */
    void payOnSandbox(String card) {
        page.locator("#card_number").fill(card);
        page.locator("#expiry").fill("12/30");
        page.locator("#cvc").fill("123");
        page.locator("form button[type=submit]").click();
    }

    private void field(String label, String value) {
        var input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        input.fill(value);
        input.press("Tab");
    }
}
