package id.nttmart.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.nttmart.support.Browsers;
import id.nttmart.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A shopper on a phone opens the shop, searches and opens a product, in a real Chromium. */
@IntegrationTest
class StorefrontBrowserTest {

    @LocalServerPort
    int port;

    Page page;

    @BeforeEach
    void open() {
        page = Browsers.phonePage(740);
    }

    @AfterEach
    void close() {
        page.close();
    }

    @Test
    void a_shopper_searches_tenun_and_opens_a_product_page() {
        var storefront = new StorefrontPage(page, port).openHome();
        assertThat(page.locator("h1")).containsText("Nusa Tenggara Timur");

        storefront.search("tenun");

        assertThat(page.locator("h1")).containsText("tenun");
        assertThat(storefront.resultCards().first()).isVisible();
        String name = storefront.resultCards().first().locator(".card-name").textContent();
        assertThat(storefront.resultCards().first().locator(".price")).hasText(java.util.regex.Pattern.compile(
                "Rp\\d{1,3}(\\.\\d{3})+"));

        storefront.resultCards().first().click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/produk/.+"));
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator(".facts")).containsText("Pelaku usaha");
        var picture = page.locator(".product-image");
        picture.scrollIntoViewIfNeeded();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", picture.elementHandle());
    }

    @Test
    void the_shopper_can_switch_to_english() {
        var storefront = new StorefrontPage(page, port).openHome();

        page.getByText("English").click();

        assertThat(page.locator("h1")).containsText("East Nusa Tenggara");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        storefront.search("coffee");
        assertThat(page.locator("h1")).containsText("Results for");
    }

    @Test
    void nonsense_search_gets_a_helpful_page_not_a_blank_one() {
        var storefront = new StorefrontPage(page, port).openHome();

        storefront.search("qqqxxzzv");

        assertThat(page.locator(".notice")).containsText("Tidak ada hasil");
        assertThat(page.locator(".chips a").first()).isVisible();
    }
}
