package id.nttmart.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/** Signs a browser page in through the shop's login form, as a person would. */
public final class SignIn {

    private SignIn() {}

    public static void as(Page page, int port, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        fill(page, username, password);
    }

    /** Fills and sends the login form of the page that is already open. */
    public static void fill(Page page, String username, String password) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("vaadin-login-form input[name='username']").fill(username);
        var passwordField = page.locator("vaadin-login-form input[name='password']");
        passwordField.fill(password);
        passwordField.press("Enter");
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }
}
