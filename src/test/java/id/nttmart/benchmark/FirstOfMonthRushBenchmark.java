package id.nttmart.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import id.nttmart.Application;
import id.nttmart.platform.embedded.EmbeddedPostgresServer;
import id.nttmart.region.Regions;
import id.nttmart.search.SearchBenchmarkSupport;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import id.nttmart.support.TestServices;
import id.nttmart.support.TestServicesInitializer;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first-of-the-month rush: civil servants sign in, search, buy exactly Rp100,000 of goods for pickup and pay at
 * the sandbox gateway until the order is PAID, against two app instances on the same PostgreSQL and Elasticsearch
 * (this test's context and a second one started beside it; each visitor stays on one, as sticky sessions would keep
 * them). An open model: new visitors arrive at a rising rate (Poisson arrivals, {@code -Dbenchmark.rush.rates=
 * 1,2,4,8,12,16} per second, {@code -Dbenchmark.rush.seconds=20} each), whatever the shop's speed; rising stops at
 * the first step with errors, a p95 that explodes, or PAID orders falling well behind the arrivals. At every arrival
 * the same searches also go straight to Elasticsearch (the shop's own request bodies) and an order-sized transaction
 * straight to PostgreSQL (stock reservations, the order and its lines), so the app's overhead shows as a p95 ratio on
 * the same run. {@link RushSampler} collects where the time goes. Then the highest clean rate is held while
 * {@code -Dbenchmark.rush.visitors=24} Chromium visitors browse the storefront, and the heap their Vaadin sessions
 * retain is measured as {@link SessionMemoryBenchmark} does. Figures: console and
 * {@code target/benchmarks/first-of-month.md}. Run with {@code ./mvnw -Pbenchmark verify
 * -Dtest=FirstOfMonthRushBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class FirstOfMonthRushBenchmark {

    static final List<Integer> RATES = Arrays.stream(System.getProperty("benchmark.rush.rates", "1,2,4,8,12,16")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    static final int STEP_SECONDS = Integer.getInteger("benchmark.rush.seconds", 20);
    static final int BUYERS = Integer.getInteger("benchmark.rush.buyers", 3000);
    static final int VISITORS = Integer.getInteger("benchmark.rush.visitors", 24);
    static final int BROWSERS = 2;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Regions regions;

    private final AtomicInteger nextBuyer = new AtomicInteger();
    private final HttpClient http = RushBareEngines.httpClient();

    private List<RushFixtures.Buyer> buyers;
    private RushFixtures.Goods goods;
    private List<Map<String, String>> searches;
    private Map<String, Long> outletIds;

    /** One step's figures. */
    private record Step(int rate, int arrivals, RushJourney.Steps app, RushJourney.Steps bare, double paidPerSecond,
            RushSampler.Window window) {}

    @Test
    void measure() throws Exception {
        var report = new StringBuilder("# First-of-the-month rush\n\n");
        long setUp = System.nanoTime();
        buyers = RushFixtures.civilServants(jdbc, passwordEncoder, BUYERS);
        goods = RushFixtures.goods(new ShopClient(port), jdbc, regions, 1_000_000);
        outletIds = regions.outlets().stream().collect(Collectors.toMap(o -> o.code(), o -> o.id()));
        var support = new SearchBenchmarkSupport(context);
        searches = SearchQueryMix.SEARCHES;
        List<List<String>> esBodies = searches.stream().map(support::searchRequests).toList();
        String esSearchUrl = TestServices.get().elasticsearchUrl() + "/" + support.alias() + "/_search?typed_keys=true";
        report.append(("Set-up (not measured): %,d civil servants with linked NIPs on %d agencies, %d products at %d"
                + " outlets, in %.1f s%n").formatted(buyers.size(), RushFixtures.AGENCIES,
                goods.skusByBand().stream().mapToInt(List::size).sum(), goods.outletCodes().size(),
                (System.nanoTime() - setUp) / 1e9));
        report.append(("Password check (the app's encoder, bcrypt): %.1f ms of CPU per check; a node checks a buyer's"
                + " password once and then remembers the verified pair (security.VerifiedCredentials)%n")
                .formatted(bcryptMillis()));

        try (var second = new SpringApplicationBuilder(Application.class)
                .initializers(new TestServicesInitializer())
                .run("--server.port=0", "--nttmart.demo.enabled=false");
                var bareEngines = new RushBareEngines(jdbc, esBodies, esSearchUrl);
                var sampler = new RushSampler(TestServices.get().jdbcUrl(), EmbeddedPostgresServer.USER,
                        TestServices.get().elasticsearchUrl(), Map.of(
                                "A", dataSource.unwrap(HikariDataSource.class),
                                "B", second.getBean(DataSource.class).unwrap(HikariDataSource.class)))) {
            int secondPort = ((ServletWebServerApplicationContext) second).getWebServer().getPort();
            int[] ports = {port, secondPort};
            report.append(("Instances: A on port %d (Tomcat threads http-nio-%d-exec), B on port %d; 2 cores; load"
                    + " driver, browsers, PostgreSQL and Elasticsearch on the same machine%n%n").formatted(port, port,
                    secondPort));
            var browsing = new BrowsingVisitors(port, BROWSERS);
            List<String> productPages = browsing.productPaths();
            browsing.visitAll(3, productPages);

            try (ExecutorService users = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("driver-user-",
                    0).daemon().factory())) {
                runStep(users, ports, bareEngines, sampler, 2, 8, () -> false); // warm-up, not reported
                List<Step> steps = new ArrayList<>();
                String stopped = "all steps ran";
                for (int rate : RATES) {
                    var step = runStep(users, ports, bareEngines, sampler, rate, STEP_SECONDS, () -> false);
                    steps.add(step);
                    System.out.println(stepLine(step));
                    String reason = overload(step, steps.getFirst());
                    if (reason != null) {
                        stopped = "stopped rising at " + rate + "/s: " + reason;
                        break;
                    }
                }
                int top = steps.stream().filter(s -> s.app().errorCount() == 0 && overload(s, steps.getFirst())
                        == null).mapToInt(Step::rate).max().orElse(steps.getFirst().rate());
                report.append(tables(steps, stopped));

                // A rate held while browsers open Vaadin sessions on instance A.
                var tomcat = BrowsingVisitors.tomcatContext(context);
                Set<String> earlier = Arrays.stream(tomcat.getManager().findSessions()).map(Session::getId)
                        .collect(Collectors.toSet());
                // Half the top clean rate, so the browsers' pages are not queued behind an overloaded shop, and no
                // longer than three steps' time. The visitors keep their last page open: active sessions, live UIs.
                int heldRate = Math.max(1, top / 2);
                long heldUntil = System.nanoTime() + 3L * STEP_SECONDS * 1_000_000_000L;
                try (var visitors = browsing.open(VISITORS, productPages, true)) {
                    var held = runStep(users, ports, bareEngines, sampler, heldRate, STEP_SECONDS,
                            () -> !visitors.visited() && System.nanoTime() < heldUntil);
                    visitors.awaitVisited();
                    report.append("\n## Held at %d/s with %d Chromium visitors browsing instance A%n%n".formatted(
                            heldRate, VISITORS));
                    report.append(tables(List.of(held), "held"));
                    report.append(sessionHeap(tomcat, earlier, visitors.failedPages()));
                }
                double checks = Stream.of(context, second).mapToDouble(c -> c.getBean(
                        io.micrometer.core.instrument.MeterRegistry.class).counter("nttmart.security.password.checks")
                        .count()).sum();
                report.append("%nPassword checks (bcrypt) on both instances over the whole run: %,.0f for %,d visits%n"
                        .formatted(checks, nextBuyer.get()));
            }
        }
        report.append("\nMachine load at the end: /proc/loadavg %s%n".formatted(
                Files.readString(Path.of("/proc/loadavg")).trim()));
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/first-of-month.md"), report);
    }

    /** Poisson arrivals at {@code rate}/s for {@code seconds} (and while {@code more}), then waits for them all. */
    private Step runStep(ExecutorService users, int[] ports, RushBareEngines bareEngines, RushSampler sampler, int rate,
            int seconds, BooleanSupplier more) throws Exception {
        var app = new RushJourney.Steps();
        var bare = new RushJourney.Steps();
        var random = new SplittableRandom(rate * 31L + seconds);
        List<Future<?>> running = new ArrayList<>();
        sampler.begin();
        long started = System.nanoTime();
        double at = 0;
        int arrivals = 0;
        while (true) {
            at += -Math.log(1 - random.nextDouble()) / rate;
            if (at >= seconds && !more.getAsBoolean()) {
                break;
            }
            long sleep = started + (long) (at * 1e9) - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
            }
            int user = nextBuyer.getAndIncrement();
            var buyer = buyers.get(user % buyers.size());
            int[] queries = {random.nextInt(searches.size()), random.nextInt(searches.size())};
            List<String> skus = goods.skusByBand().stream().map(b -> b.get(random.nextInt(b.size()))).toList();
            String outlet = goods.outletCodes().get(random.nextInt(goods.outletCodes().size()));
            var journey = new RushJourney(http, ports[user % 2]);
            running.add(users.submit(() -> journey.run(buyer, Arrays.stream(queries)
                    .mapToObj(q -> SearchQueryMix.queryString(searches.get(q))).toList(), skus, outlet, app)));
            running.add(users.submit(() -> bareEngines.visit(queries, skus, outletIds.get(outlet), bare)));
            arrivals++;
        }
        double window = (System.nanoTime() - started) / 1e9;
        for (var f : running) {
            f.get();
        }
        var measured = sampler.end();
        long end = started + (long) (window * 1e9);
        long paidInWindow = app.paidAtNanos.stream().filter(t -> t <= end).count();
        return new Step(rate, arrivals, app, bare, paidInWindow / window, measured);
    }

    /** Why rising should stop after this step, or null. */
    private static String overload(Step step, Step first) {
        if (step.app().errorCount() > 0) {
            return step.app().errorCount() + " errors";
        }
        double p95 = step.app().percentile("whole visit", 95);
        double base = first.app().percentile("whole visit", 95);
        if (p95 > 3000 && p95 > 10 * base) {
            return "p95 of a visit %.0f ms, %.0fx the first step's".formatted(p95, p95 / base);
        }
        if (step.paidPerSecond() < 0.7 * step.rate()) {
            return "orders PAID %.1f/s behind the %d/s arriving".formatted(step.paidPerSecond(), step.rate());
        }
        return null;
    }

    private double bcryptMillis() {
        String hash = passwordEncoder.encode(RushFixtures.PASSWORD);
        for (int i = 0; i < 3; i++) {
            passwordEncoder.matches(RushFixtures.PASSWORD, hash);
        }
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < 10; i++) {
            passwordEncoder.matches(RushFixtures.PASSWORD, hash);
        }
        return (bean.getCurrentThreadCpuTime() - cpu) / 1e6 / 10;
    }

    private static String stepLine(Step s) {
        return "rush step %d/s: %d arrivals, PAID %.2f/s, visit p95 %.0f ms, errors %s".formatted(s.rate(),
                s.arrivals(), s.paidPerSecond(), s.app().percentile("whole visit", 95), s.app().errors);
    }

    private static String tables(List<Step> steps, String stopped) {
        var out = new StringBuilder("| offered /s | visits | PAID /s sustained |");
        RushJourney.STEPS.forEach(s -> out.append(" ").append(s).append(" p50 / p95 ms |"));
        out.append(" errors |\n|").append(" --- |".repeat(4 + RushJourney.STEPS.size())).append('\n');
        for (var s : steps) {
            out.append("| %d | %d | %.2f |".formatted(s.rate(), s.arrivals(), s.paidPerSecond()));
            RushJourney.STEPS.forEach(n -> out.append(" %.0f / %.0f |".formatted(s.app().percentile(n, 50),
                    s.app().percentile(n, 95))));
            out.append(" %s |\n".formatted(s.app().errors.isEmpty() ? "0" : s.app().errors));
        }
        out.append("\nRising: ").append(stopped).append("\n\nApp beside the bare engines, same arrivals, same run"
                + " (p95 ms):\n\n| offered /s | search: app / bare ES = ratio | place order: app / bare PostgreSQL"
                + " = ratio | bare errors |\n| --- | --- | --- | --- |\n");
        for (var s : steps) {
            double as = s.app().percentile("search", 95);
            double bs = s.bare().percentile("search", 95);
            double ao = s.app().percentile("place order", 95);
            double bo = s.bare().percentile("place order", 95);
            out.append("| %d | %.0f / %.1f = %.1f | %.0f / %.1f = %.1f | %s |%n".formatted(s.rate(), as, bs, as / bs,
                    ao, bo, ao / bo, s.bare().errors.isEmpty() ? "0" : s.bare().errors));
        }
        out.append("\nWhere the time goes (CPU in cores, of 2; Hikari: mean / max busy connections and threads"
                + " waiting; PostgreSQL: mean active backends per wait event, per 200 ms sample):\n\n"
                + "| offered /s | machine | JVM (both apps + driver) | PostgreSQL | Elasticsearch | JVM thread groups"
                + " (top) | Hikari A, B | PostgreSQL waits | loadavg |\n| --- | --- | --- | --- | --- | --- | --- | ---"
                + " | --- |\n");
        for (var s : steps) {
            var w = s.window();
            var pools = new ArrayList<String>();
            w.hikari().forEach((name, v) -> pools.add("%s busy %.1f/%.0f, waiting %.1f/%.0f".formatted(name, v[0],
                    v[1], v[2], v[3])));
            var waits = new LinkedHashMap<String, Double>();
            w.waitsPerSample().entrySet().stream().limit(5).forEach(e -> waits.put(e.getKey(), e.getValue()));
            out.append("| %d | %.2f | %.2f | %.2f | %.2f | %s | %s | %s | %s |%n".formatted(s.rate(), w.machineCores(),
                    w.jvmCores(), w.postgresCores(), w.elasticsearchCores(),
                    String.join(", ", RushSampler.describeGroups(w.coresByGroup(), 7)), String.join("; ", pools),
                    waits.entrySet().stream().map(e -> "%s %.2f".formatted(e.getKey(), e.getValue()))
                            .collect(Collectors.joining(", ")), w.loadAverage()));
        }
        return out.toString();
    }

    /** Heap the visitors' sessions retain: live heap with them, then after expiring exactly those sessions. */
    private String sessionHeap(org.apache.catalina.Context tomcat, Set<String> earlier, int failedPages)
            throws Exception {
        var after = SessionMemoryHeap.take();
        var mine = Arrays.stream(tomcat.getManager().findSessions()).filter(x -> !earlier.contains(x.getId()))
                .toList();
        int sessions = mine.size();
        mine.forEach(Session::expire);
        var expired = SessionMemoryHeap.take();
        var out = new StringBuilder("\n## Retained heap per active Vaadin session under load\n\n");
        out.append(("%d Chromium visitors (home, search, product page) during the held step; %d new HTTP sessions on"
                + " instance A; %d page loads without a Vaadin UI.%n").formatted(VISITORS, sessions, failedPages));
        out.append(("Freed when exactly those sessions expire (live-object class histogram after full collections,"
                + " taken once the load had drained, the visitors' pages still open, so the same browser-side objects"
                + " are in both): **%.1f KB per session** (%,d KB in all); used heap after"
                + " System.gc(): %.1f KB per session.%n").formatted(
                (after.histogramBytes() - expired.histogramBytes()) / 1024.0 / Math.max(1, sessions),
                (after.histogramBytes() - expired.histogramBytes()) / 1024,
                (after.usedAfterGc() - expired.usedAfterGc()) / 1024.0 / Math.max(1, sessions)));
        for (String type : List.of("com.vaadin.flow.server.VaadinSession", "com.vaadin.flow.component.UI")) {
            out.append("Live %s: %d with the sessions, %d after expiry.%n".formatted(type, after.instances(type),
                    expired.instances(type)));
        }
        return out.toString();
    }
}
