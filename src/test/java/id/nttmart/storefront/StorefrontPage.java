package id.nttmart.storefront;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/** Page object for the storefront's header search and results. */
class StorefrontPage {

    private final Page page;
    private final int port;

    StorefrontPage(Page page, int port) {
        this.page = page;
        this.port = port;
    }

    StorefrontPage openHome() {
        page.navigate("http://localhost:" + port + "/");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator(".search-field input").waitFor();
        return this;
    }

    void search(String text) {
        var field = page.locator(".search-field input");
        field.fill(text);
        field.press("Enter");
        page.waitForURL("**/search?q=*");
        page.locator(".results h1").waitFor();
    }

    Locator resultCards() {
        return page.locator(".results .card");
    }
}
