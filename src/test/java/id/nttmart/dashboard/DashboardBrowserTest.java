package id.nttmart.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import id.nttmart.support.Browsers;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.SignIn;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator reads the province's month on a phone and on a desk screen; nobody else opens the page. */
@IntegrationTest
class DashboardBrowserTest {

    @LocalServerPort
    int port;

    Page page;

    @AfterEach
    void close() {
        if (page != null) {
            page.context().close();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void an_administrator_sees_the_months_total_and_the_map_of_the_outlets(int width) {
        page = Browsers.chromium().newPage(new Browser.NewPageOptions().setViewportSize(width, 900)
                .setLocale("id-ID"));
        SignIn.as(page, port, "admin", "admin");

        page.navigate("http://localhost:" + port + "/admin/dasbor");

        assertThat(page.locator("h1")).hasText("Dasbor provinsi");
        assertThat(page.locator("[data-figure='total']")).containsText("Rp");
        assertThat(page.locator("[data-figure='target']")).containsText("Rp150.000.000.000");
        assertThat(page.locator("svg.dashboard-map")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.locator("svg.dashboard-map g.outlet").count())
                .isGreaterThanOrEqualTo(22);
        assertThat(page.locator("svg.dashboard-map g.outlet[data-code='NTM-SIKKA-10'] text")).hasText("Sikka");
        assertThat(page.locator("svg.dashboard-trend rect.target")).hasCount(1);
        assertThat(page.locator("a[data-csv='regencies']")).isVisible();
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                "document.documentElement.scrollWidth <= window.innerWidth + 1")).as("no sideways scrolling")
                .isTrue();
        var download = page.waitForDownload(() -> page.locator("a[data-csv='regencies']").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("dasbor-regencies-");
        try {
            org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(download.path()))
                    .startsWith("month,regency,label,orders,units,amount_idr").contains(",Sikka,Sikka,");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/dashboard-" + width + ".png")));
    }

    @Test
    void a_curator_does_not_open_the_dashboard() {
        page = Browsers.phonePage(900);
        SignIn.as(page, port, "curator", "curator");

        page.navigate("http://localhost:" + port + "/admin/dasbor");

        assertThat(page.locator("svg.dashboard-map")).hasCount(0);
        assertThat(page.locator("h1")).not().hasText("Dasbor provinsi");
    }
}
