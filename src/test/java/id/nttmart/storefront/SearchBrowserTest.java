package id.nttmart.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import id.nttmart.support.Browsers;
import id.nttmart.support.IntegrationTest;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search results page and the header's suggestions on a 360 × 800 phone, in a real Chromium, over the demo
 * catalogue (450 products, among them dozens of coffees and honeys).
 */
@IntegrationTest
class SearchBrowserTest {

    static final Pattern RUPIAH = Pattern.compile("^Rp\\d{1,3}(\\.\\d{3})*$");

    @LocalServerPort
    int port;

    Page page;
    StorefrontPage storefront;

    @BeforeEach
    void open() {
        page = Browsers.phonePage(800);
        storefront = new StorefrontPage(page, port);
    }

    @AfterEach
    void close() {
        page.close();
    }

    @Test
    void on_a_phone_the_filter_panel_narrows_kopi_to_one_regency_and_the_chip_removes_it() {
        storefront.openHome().search("kopi");
        assertThat(cards().first()).isVisible();
        assertThat(cards().first().locator(".price")).hasText(RUPIAH);
        assertThat(cards().first().locator(".card-name mark").first())
                .hasText(Pattern.compile("kopi", Pattern.CASE_INSENSITIVE));
        long all = count();
        assertThat(all).isGreaterThan(10);
        assertThat(page.locator(".facets")).isHidden();
        assertNoSidewaysScrolling();

        page.locator(".filter-toggle").click();
        var panel = page.locator(".facets.open");
        assertThat(panel).isVisible();
        var regency = panel.locator(".facet[data-facet=regency] .facet-value").first();
        String slug = regency.getAttribute("data-value");
        String name = regency.locator(".facet-label").textContent();
        long expected = Long.parseLong(regency.locator(".facet-count").textContent());
        assertThat(expected).isLessThan(all);
        screenshot("filter-panel");
        assertNoSidewaysScrolling();

        regency.click();

        page.waitForURL(Pattern.compile(".*/search\\?q=kopi&regency=" + slug + "$"));
        var chip = page.locator(".active-filters .filter-chip[data-facet=regency]");
        assertThat(chip).isVisible();
        assertThat(chip).containsText(name);
        assertThat(page.locator(".result-bar .count")).hasText(expected + " produk");
        assertThat(page.locator(".filter-toggle")).hasText("Saring (1)");
        for (String place : cards().locator(".place").allTextContents()) {
            assertThat(place).startsWith(name + " · ");
        }
        screenshot("filtered");

        chip.click();

        page.waitForURL(Pattern.compile(".*/search\\?q=kopi$"));
        assertThat(page.locator(".active-filters .filter-chip")).hasCount(0);
        assertThat(page.locator(".result-bar .count")).hasText(all + " produk");

        page.goBack();
        page.waitForURL(Pattern.compile(".*regency=" + slug + "$"));
        assertThat(chip).isVisible();
    }

    @Test
    void sorting_by_price_ascending_really_ascends_and_a_result_opens_its_product_page() {
        storefront.openHome().search("kopi");
        assertThat(isAscending(prices())).as("relevance order is not already by price").isFalse();

        page.locator("vaadin-select.sort").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Harga: termurah")).click();

        page.waitForURL(Pattern.compile(".*/search\\?q=kopi&sort=price_asc$"));
        page.waitForFunction("""
                () => { const p = [...document.querySelectorAll('.results .card .price')]
                          .map(e => Number(e.textContent.replace(/\\D/g, '')));
                        return p.length > 2 && p.every((x, i) => i === 0 || p[i - 1] <= x); }""");
        assertThat(isAscending(prices())).isTrue();

        var first = cards().first();
        String name = first.locator(".card-name").textContent();
        first.click();

        assertThat(page).hasURL(Pattern.compile(".*/produk/[a-z0-9-]+$"));
        assertThat(page.locator(".product h1")).hasText(name);
    }

    @Test
    void load_more_appends_the_next_page() {
        page.navigate(url("/search"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(cards()).hasCount(SearchView.PAGE_SIZE);
        String firstName = cards().first().locator(".card-name").textContent();

        page.locator(".load-more").click();

        assertThat(cards()).hasCount(2 * SearchView.PAGE_SIZE);
        assertThat(cards().first().locator(".card-name")).hasText(firstName);
        assertThat(cards().nth(SearchView.PAGE_SIZE).locator(".card-name")).not().hasText(firstName);
    }

    @Test
    void a_misspelt_query_offers_did_you_mean_and_the_correction_searches_it() {
        storefront.openHome().search("kpoi");

        var correction = page.locator(".did-you-mean .corrected");
        assertThat(correction).hasText("kopi");
        screenshot("did-you-mean");

        correction.click();

        page.waitForURL(Pattern.compile(".*/search\\?q=kopi$"));
        assertThat(page.locator(".results h1")).containsText("kopi");
        assertThat(page.locator(".did-you-mean")).hasCount(0);
        assertThat(cards().first()).isVisible();
    }

    @Test
    void nonsense_gets_tips_and_category_and_regency_links_instead_of_a_blank_page() {
        storefront.openHome().search("qqqxxzzv");

        assertThat(page.locator(".search-help .notice")).containsText("Tidak ada hasil");
        assertThat(page.locator(".search-help .tips li").first()).isVisible();
        var category = page.locator(".browse-categories a").first();
        assertThat(category).hasAttribute("href", Pattern.compile("^/kategori/[a-z0-9-]+$"));
        assertThat(page.locator(".browse-regencies a")).hasCount(22);
        assertThat(page.locator(".browse-regencies a").first())
                .hasAttribute("href", Pattern.compile("^/kabupaten/[a-z0-9-]+$"));
        assertThat(cards()).hasCount(0);
        screenshot("zero-results");
        assertNoSidewaysScrolling();
    }

    @Test
    void a_bad_address_says_so_in_the_shoppers_language_not_an_error_page() {
        page.navigate(url("/search?q=kopi&sort=murah"));
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(page.locator(".search-help.invalid .notice")).containsText("tidak kami pahami");
        assertThat(page.locator(".search-help.invalid .detail")).hasText("Nilai untuk \"sort\" tidak dapat dipakai.");
        assertThat(page.locator(".search-help .restart")).isVisible();
        assertThat(page.locator(".browse-categories a").first()).isVisible();
    }

    @Test
    void typing_in_the_header_box_suggests_products_with_the_typed_part_marked_and_a_click_opens_one() {
        storefront.openHome();
        var field = page.locator(".search-field input");
        field.click();
        field.pressSequentially("madu", new Locator.PressSequentiallyOptions().setDelay(60));

        var product = page.locator(".suggestions .suggestion.kind-product").first();
        assertThat(product).isVisible();
        assertThat(product.locator("mark").first()).hasText(Pattern.compile("madu", Pattern.CASE_INSENSITIVE));
        assertThat(page.locator(".suggestions .suggestion.kind-category")).containsText("Madu");
        String label = product.locator(".label").textContent();
        screenshot("suggestions");
        assertNoSidewaysScrolling();

        product.click();

        assertThat(page).hasURL(Pattern.compile(".*/produk/[a-z0-9-]+$"));
        assertThat(page.locator(".product h1")).hasText(label);
        assertThat(page.locator(".suggestions .suggestion")).hasCount(0);
    }

    @Test
    void enter_in_the_header_box_searches_even_while_suggestions_are_open() {
        storefront.openHome();
        var field = page.locator(".search-field input");
        field.click();
        field.pressSequentially("tenun", new Locator.PressSequentiallyOptions().setDelay(60));
        assertThat(page.locator(".suggestions .suggestion").first()).isVisible();

        field.press("Enter");

        page.waitForURL(Pattern.compile(".*/search\\?q=tenun$"));
        assertThat(page.locator(".results h1")).containsText("tenun");
        assertThat(page.locator(".suggestions")).isHidden();
        assertThat(field).hasValue("tenun");
    }

    private Locator cards() {
        return storefront.resultCards();
    }

    private long count() {
        return Long.parseLong(page.locator(".result-bar .count").textContent().replaceAll("\\D", ""));
    }

    private List<Long> prices() {
        return cards().locator(".price").allTextContents().stream()
                .map(p -> Long.parseLong(p.replaceAll("\\D", ""))).toList();
    }

    private static boolean isAscending(List<Long> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i - 1) > values.get(i)) {
                return false;
            }
        }
        return values.size() > 1;
    }

    private void assertNoSidewaysScrolling() {
        double width = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/search-" + name + ".png")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
