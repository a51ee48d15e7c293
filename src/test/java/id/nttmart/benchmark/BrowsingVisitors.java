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
import java.util.concurrent.CountDownLatch;
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

    /** Runs the visitors over a few browsers in parallel; each leaves (closes its tab) after its pages. */
    int visitAll(int visitors, List<String> products) throws Exception {
        try (var open = open(visitors, products, false)) {
            open.awaitVisited();
            return open.failedPages();
        }
    }

    /**
     * Starts the visitors over a few browsers in parallel (one Playwright per thread: it is not thread-safe). With
     * {@code stay}, each keeps its last page open, so its Vaadin UI stays live on the server, until the returned
     * handle is closed.
     */
    Open open(int visitors, List<String> products, boolean stay) {
        var open = new Open(browsers);
        var next = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(browsers);
        for (int b = 0; b < browsers; b++) {
            open.workers.add(pool.submit(() -> {
                try (var playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
                    Browser browser = playwright.chromium().launch(launchOptions());
                    try {
                        for (int v = next.getAndIncrement(); v < visitors; v = next.getAndIncrement()) {
                            var tab = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 780));
                            open.failed.addAndGet(visit(tab.newPage(), v, products));
                            if (!stay) {
                                tab.close();
                            }
                        }
                    } finally {
                        open.visited.countDown();
                    }
                    open.release.await();
                }
                return null;
            }));
        }
        pool.shutdown();
        return open;
    }

    /** Visitors under way or staying; closing it closes their browsers. */
    static final class Open implements AutoCloseable {
        private final CountDownLatch visited;
        private final CountDownLatch release = new CountDownLatch(1);
        private final AtomicInteger failed = new AtomicInteger();
        private final List<Future<?>> workers = new ArrayList<>();

        private Open(int browsers) {
            visited = new CountDownLatch(browsers);
        }

        /** Whether every visitor has loaded its pages. */
        boolean visited() {
            return visited.getCount() == 0;
        }

        void awaitVisited() throws InterruptedException {
            visited.await();
        }

        /** Page loads that got no Vaadin UI. */
        int failedPages() {
            return failed.get();
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            for (var w : workers) {
                w.get();
            }
        }
    }

    /** One visitor on a phone-sized page; returns how many of its page loads got no Vaadin UI. */
    private int visit(Page page, int visitor, List<String> products) {
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
