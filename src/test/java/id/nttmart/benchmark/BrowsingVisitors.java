package id.nttmart.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * Browsing visitors for the memory benchmarks: each a fresh headless Chromium context (its own cookies, so its own
 * HTTP and Vaadin session) that loads the home page, a search results page and a product page as a browser does, and
 * leaves without logging out. Shared by {@link SessionMemoryBenchmark} and {@link FirstOfMonthRushBenchmark}.
 */
final class BrowsingVisitors {

    static final List<String> QUERIES = List.of("kopi", "madu", "tenun ikat", "labuan bajo", "forest honey",
            "kpoi bajawa", "sarung", "gula lontar");

    private final int port;
    private final int browsers;

    BrowsingVisitors(int port, int browsers) {
        this.port = port;
        this.browsers = browsers;
    }

    /** Runs the visitors over a few browsers in parallel (one Playwright per thread: it is not thread-safe). */
    int visitAll(int visitors, List<String> products) throws Exception {
        var next = new AtomicInteger();
        var failed = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(browsers)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int b = 0; b < browsers; b++) {
                workers.add(pool.submit(() -> {
                    try (var playwright = Playwright.create(new Playwright.CreateOptions()
                            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
                        Browser browser = playwright.chromium().launch(launchOptions());
                        for (int v = next.getAndIncrement(); v < visitors; v = next.getAndIncrement()) {
                            failed.addAndGet(visit(browser, v, products));
                        }
                    }
                    return null;
                }));
            }
            for (var w : workers) {
                w.get();
            }
        }
        return failed.get();
    }

    /** One visitor on a phone-sized page; returns how many of its page loads got no Vaadin UI. */
    private int visit(Browser browser, int visitor, List<String> products) {
        try (var browserContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 780))) {
            Page page = browserContext.newPage();
            String query = QUERIES.get(visitor % QUERIES.size());
            int failed = 0;
            for (String path : List.of("/", "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                    products.get(visitor % products.size()))) {
                page.navigate("http://localhost:" + port + path);
                page.waitForLoadState(LoadState.NETWORKIDLE);
                Object uis = page.evaluate("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " ? Object.keys(window.Vaadin.Flow.clients).length : 0");
                failed += ((Number) uis).intValue() > 0 ? 0 : 1;
            }
            return failed;
        }
    }

    private static BrowserType.LaunchOptions launchOptions() {
        var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of("--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run"));
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            options.setExecutablePath(Path.of("/usr/bin/chromium"));
        }
        return options;
    }

    /** The web application's Tomcat context (its session manager) of an application context with a web server. */
    static Context tomcatContext(ApplicationContext context) {
        var server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        return (Context) server.getTomcat().getHost().findChildren()[0];
    }

    /** Up to 40 product pages from the sitemap. */
    List<String> productPaths() throws Exception {
        var sitemap = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sitemap.xml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        var matcher = Pattern.compile("(/produk/[a-z0-9-]+)").matcher(sitemap);
        var out = new ArrayList<String>();
        while (matcher.find() && out.size() < 40) {
            out.add(matcher.group(1));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no product in sitemap.xml");
        }
        return out;
    }
}
