package id.nttmart.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import id.nttmart.support.Browsers;
import id.nttmart.support.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Product, regency and category pages on a 360 px phone, in a real Chromium. */
@IntegrationTest
class ProductPagesBrowserTest {

    static final Pattern RUPIAH = Pattern.compile("Rp\\d{1,3}(\\.\\d{3})+");

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
    void a_shopper_opens_a_product_from_the_results_and_sees_its_gallery_price_and_makers() {
        var storefront = new StorefrontPage(page, port).openHome();
        storefront.search("madu");
        var card = storefront.resultCards().first();
        String name = card.locator(".card-name").textContent();

        card.click();

        assertThat(page).hasURL(Pattern.compile(".*/produk/[a-z0-9]+(-[a-z0-9]+)+$"));
        assertThat(page.locator(".product h1")).hasText(name);
        var picture = page.locator(".gallery .product-image");
        assertThat(picture).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", picture.elementHandle());
        assertThat(page.locator(".product .info .price")).hasText(RUPIAH);
        assertThat(page.locator(".facts")).containsText("Pelaku usaha");
        assertThat(page.locator(".facts")).containsText("Program");
        assertThat(page.locator(".buy vaadin-integer-field")).isVisible();
        assertThat(page.locator(".cart-button")).hasText("Tambah ke keranjang");
        assertThat(page.locator(".related .card").first()).isVisible();
        assertThat(page.locator("#ssr")).hasCount(0);
        double width = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
    }

    @Test
    void a_product_address_opened_directly_paints_first_then_the_view_takes_over_once() {
        page.navigate("http://localhost:" + port + "/sitemap.xml");
        String xml = page.content();
        var matcher = Pattern.compile("(/produk/[a-z0-9-]+)").matcher(xml);
        assertThat(matcher.find()).isTrue();

        page.navigate("http://localhost:" + port + matcher.group(1));
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(page.locator(".product h1")).isVisible();
        assertThat(page.locator("#ssr")).hasCount(0);
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator(".product .info .price")).hasText(RUPIAH);
    }

    @Test
    void a_regency_page_shows_its_outlet_and_its_products() {
        page.navigate("http://localhost:" + port + "/kabupaten/sikka");

        assertThat(page.locator(".regency h1")).hasText("Sikka");
        assertThat(page.locator(".outlet h2").first()).hasText("NTT Mart by Dekranasda Sikka");
        assertThat(page.locator(".outlet .address").first()).containsText("Maumere");
        assertThat(page.locator(".outlet .hours").first()).containsText("Jam buka");
        var cards = page.locator(".regency .card");
        assertThat(cards.first()).isVisible();
        for (var place : cards.locator(".place").allTextContents()) {
            assertThat(place).startsWith("Sikka");
        }
        assertThat(page.locator(".see-all")).hasAttribute("href", "/search?regency=sikka");

        cards.first().click();
        assertThat(page).hasURL(Pattern.compile(".*/produk/.+"));
        assertThat(page.locator(".product .info .place")).containsText("Sikka");
    }

    @Test
    void category_pages_list_the_category_from_the_database_page_by_page() {
        page.navigate("http://localhost:" + port + "/kategori/kopi");

        assertThat(page.locator(".category h1")).hasText("Kopi");
        assertThat(page.locator(".category .card").first()).isVisible();
        assertThat(page.locator(".category .card")).hasCount(Paging.PAGE_SIZE);
        String firstOnPageOne = page.locator(".category .card .card-name").first().textContent();

        page.locator(".pager a").last().click();

        assertThat(page).hasURL(Pattern.compile(".*/kategori/kopi\\?page=2"));
        assertThat(page.locator(".category .card .card-name").first()).not().hasText(firstOnPageOne);
    }

    @Test
    void the_home_page_browses_by_regency_grouped_by_island() {
        new StorefrontPage(page, port).openHome();

        var flores = page.locator(".island").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Flores"));
        assertThat(flores.locator("a", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Manggarai Barat")))
                .hasAttribute("href", "/kabupaten/manggarai-barat");
        assertThat(page.locator(".island h3")).hasCount(7);
    }
}
