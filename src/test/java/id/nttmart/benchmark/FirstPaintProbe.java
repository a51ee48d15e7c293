package id.nttmart.benchmark;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;
import id.nttmart.support.Browsers;
import id.nttmart.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A phone's first visit to a product page on slow 4G (1.6 Mbit/s down, 150 ms latency, Chromium at 360 px, empty
 * cache): Largest Contentful Paint and bytes transferred, with the server-rendered first paint and, for comparison,
 * with the same page stripped of it (the HTML is fetched, stripped and handed to the browser by Playwright; the
 * rest loads through the throttled network). Target: LCP under 2.5 s and under 600 KB. Run it in production mode,
 * as shoppers get the shop: {@code ./mvnw -Pbenchmark,production verify -Dtest=FirstPaintProbe} (then
 * {@code ./mvnw clean}, as the production build leaves its mode in {@code target/classes}). Without
 * {@code production} it measures Vaadin's development bundle (about 2.6 MB). Figures go to the console and
 * {@code target/benchmarks/first-paint.txt}.
 */
@Tag("benchmark")
@IntegrationTest
class FirstPaintProbe {

    static final int RUNS = 3;
    static final String OBSERVE_LCP = """
            window.__lcp = { time: 0, element: '' };
            new PerformanceObserver(list => {
              for (const e of list.getEntries()) {
                const el = e.element;
                window.__lcp = { time: e.startTime, size: e.size,
                  element: el ? el.tagName.toLowerCase() + (el.closest('#ssr') ? ' (first paint)' : ' (Vaadin view)') : e.url };
              }
            }).observe({ type: 'largest-contentful-paint', buffered: true });""";

    record Visit(double lcpMillis, String lcpElement, long cdpBytes, long resourceBytes, int requests) {}

    @LocalServerPort
    int port;

    @Test
    void measure() throws Exception {
        String path = firstProductPath();
        var report = new StringBuilder("First visit to " + path + " on slow 4G (1.6 Mbit/s, 150 ms), 360 px, "
                + RUNS + " runs each, median by LCP\n");
        for (boolean firstPaint : new boolean[] {true, false}) {
            List<Visit> visits = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                visits.add(visit(path, firstPaint));
            }
            visits.sort(Comparator.comparingDouble(Visit::lcpMillis));
            var median = visits.get(RUNS / 2);
            report.append("%-22s LCP %5.0f ms (%s; runs %s)  transferred %4d KB (CDP) / %4d KB (resource timing)  %d requests%n"
                    .formatted(firstPaint ? "with first paint:" : "without first paint:", median.lcpMillis(),
                            median.lcpElement(), visits.stream().map(v -> "%.0f".formatted(v.lcpMillis())).toList(),
                            median.cdpBytes() / 1024, median.resourceBytes() / 1024, median.requests()));
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "first-paint.txt"), report, StandardCharsets.UTF_8);
    }

    private String firstProductPath() {
        try (var context = Browsers.chromium().newContext()) {
            var page = context.newPage();
            page.navigate(base() + "/sitemap.xml");
            var matcher = Pattern.compile("(/produk/[a-z0-9-]+)").matcher(page.content());
            if (!matcher.find()) {
                throw new IllegalStateException("The sitemap lists no product");
            }
            return matcher.group(1);
        }
    }

    private Visit visit(String path, boolean firstPaint) {
        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)
                .setLocale("id-ID"))) {
            Page page = context.newPage();
            var cdp = context.newCDPSession(page);
            cdp.send("Network.enable");
            cdp.send("Network.setCacheDisabled", json("cacheDisabled", true));
            var conditions = new JsonObject();
            conditions.addProperty("offline", false);
            conditions.addProperty("latency", 150);
            conditions.addProperty("downloadThroughput", 1_600_000 / 8);
            conditions.addProperty("uploadThroughput", 750_000 / 8);
            conditions.addProperty("connectionType", "cellular4g");
            cdp.send("Network.emulateNetworkConditions", conditions);
            var bytes = new AtomicLong();
            cdp.on("Network.loadingFinished", event -> bytes.addAndGet(event.get("encodedDataLength").getAsLong()));
            page.addInitScript(OBSERVE_LCP);
            if (!firstPaint) {
                page.route(base() + path, route -> withoutFirstPaint(route));
            }
            page.navigate(base() + path);
            page.locator(".product h1").waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            @SuppressWarnings("unchecked")
            var lcp = (java.util.Map<String, Object>) page.evaluate("window.__lcp");
            long resources = ((Number) page.evaluate("""
                    performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                      .reduce((sum, e) => sum + (e.transferSize || 0), 0)""")).longValue();
            int requests = ((Number) page.evaluate("performance.getEntriesByType('resource').length + 1")).intValue();
            return new Visit(((Number) lcp.get("time")).doubleValue(), String.valueOf(lcp.get("element")),
                    bytes.get(), resources, requests);
        }
    }

    private static void withoutFirstPaint(Route route) {
        var response = route.fetch();
        var document = Jsoup.parse(response.text());
        document.select("#ssr, #ssr-style").remove();
        route.fulfill(new Route.FulfillOptions().setResponse(response).setBody(document.outerHtml()));
    }

    private static JsonObject json(String name, boolean value) {
        var object = new JsonObject();
        object.addProperty(name, value);
        return object;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
