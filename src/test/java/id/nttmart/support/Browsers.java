package id.nttmart.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One headless Chromium per test run: the system's (e.g. Debian's /usr/bin/chromium) where there is one. */
public final class Browsers {

    private static final List<Path> SYSTEM_CHROMIUM = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));

    private static Browser browser;

    private Browsers() {}

    public static synchronized Browser chromium() {
        if (browser == null) {
            var playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of("--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"));
            SYSTEM_CHROMIUM.stream().filter(Files::isExecutable).findFirst().ifPresent(options::setExecutablePath);
            browser = playwright.chromium().launch(options);
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-shutdown"));
        }
        return browser;
    }

    /** A new page as an Indonesian shopper's phone shows it: 360 px wide, the given height. */
    public static Page phonePage(int height) {
        return chromium().newPage(new Browser.NewPageOptions().setViewportSize(360, height).setLocale("id-ID"));
    }
}
