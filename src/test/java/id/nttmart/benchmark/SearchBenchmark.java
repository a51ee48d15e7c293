package id.nttmart.benchmark;

import static org.awaitility.Awaitility.await;

import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.demo.CatalogueGenerator;
import id.nttmart.catalog.importing.CatalogueImport;
import id.nttmart.search.SearchBenchmarkSupport;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Search over 100,000 synthetic products: the catalogue load, the shop's full reindex, then the search and
 * autocomplete APIs at 8 concurrent clients over HTTP, beside the very same Elasticsearch requests (captured from the
 * shop's own query code, in the same sequence) sent straight to Elasticsearch by the same driver, so the shop's
 * overhead shows as a ratio. Run with {@code ./mvnw -Pbenchmark verify -Dtest=SearchBenchmark}; figures go to the
 * console and {@code target/benchmarks/search.md}. {@code -Dbenchmark.products=} and {@code -Dbenchmark.rounds=}
 * (queries per client) change the size.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SearchBenchmarkServices.class)
class SearchBenchmark {

    static final int PRODUCTS = Integer.getInteger("benchmark.products", 100_000);
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 250);
    static final int CLIENTS = 8;
    /** Rows imported by one thread first, to measure the import as it runs (one transaction per row). */
    static final int SERIAL_SAMPLE = 2_000;
    static final int LOAD_THREADS = 4;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CatalogueImport catalogueImport;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void measure() throws Exception {
        var report = new StringBuilder("# Search benchmark: %,d synthetic products, %d clients\n\n"
                .formatted(PRODUCTS, CLIENTS));
        load(report);
        var support = new SearchBenchmarkSupport(context);

        long started = System.nanoTime();
        support.rebuildIndex();
        double seconds = (System.nanoTime() - started) / 1e9;
        long listed = catalog.countListed();
        report.append("Full reindex (SearchIndexInitializer.rebuild(true)): %,d documents in %.1f s = %,.0f docs/s%n%n"
                .formatted(listed, seconds, listed / seconds));

        String es = SearchBenchmarkServices.elasticsearchUrl() + "/" + support.alias() + "/_search?typed_keys=true";
        List<String> searchUrls = SearchQueryMix.SEARCHES.stream()
                .map(p -> "http://localhost:" + port + "/api/v1/products?" + SearchQueryMix.queryString(p)).toList();
        List<List<String>> searchBodies = SearchQueryMix.SEARCHES.stream().map(support::searchRequests).toList();
        List<String> suggestUrls = SearchQueryMix.PREFIXES.stream().map(p -> "http://localhost:" + port
                + "/api/v1/suggestions?" + SearchQueryMix.queryString(java.util.Map.of("q", p))).toList();
        List<List<String>> suggestBodies = SearchQueryMix.PREFIXES.stream()
                .map(p -> support.suggestionRequests(p, Locale.of("id"))).toList();
        describeRequests(report, searchBodies);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/search-requests.json"), String.join("\n",
                searchBodies.stream().flatMap(List::stream).toList()));

        // Warm-up, not measured: JIT, connection pools, Elasticsearch caches for both paths.
        LatencyRecorder.measure("warm-up", CLIENTS, 60, (c, i) -> {
            int q = (c * 7 + i) % searchUrls.size();
            get(searchUrls.get(q));
            bare(es, searchBodies.get(q));
            get(suggestUrls.get(i % suggestUrls.size()));
            bare(es, suggestBodies.get(i % suggestBodies.size()));
            return () -> {};
        });

        var results = new ArrayList<LatencyRecorder.Result>();
        results.add(LatencyRecorder.measure("app: GET /api/v1/products", CLIENTS, ROUNDS,
                (c, i) -> get(searchUrls.get((c * 7 + i) % searchUrls.size()))));
        results.add(LatencyRecorder.measure("bare Elasticsearch: same search requests", CLIENTS, ROUNDS,
                (c, i) -> bare(es, searchBodies.get((c * 7 + i) % searchBodies.size()))));
        results.add(LatencyRecorder.measure("app: GET /api/v1/suggestions", CLIENTS, ROUNDS,
                (c, i) -> get(suggestUrls.get((c * 3 + i) % suggestUrls.size()))));
        results.add(LatencyRecorder.measure("bare Elasticsearch: same suggestion requests", CLIENTS, ROUNDS,
                (c, i) -> bare(es, suggestBodies.get((c * 3 + i) % suggestBodies.size()))));

        report.append("| scenario | clients | requests | p50 ms | p95 ms | p99 ms | requests/s |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        results.forEach(r -> report.append(r.line()).append('\n'));
        for (int i = 0; i < results.size(); i += 2) {
            var app = results.get(i);
            var bare = results.get(i + 1);
            report.append("\n%s / bare: p50 %.1f, p95 %.1f, p99 %.1f".formatted(app.name(),
                    app.p50Millis() / bare.p50Millis(), app.p95Millis() / bare.p95Millis(),
                    app.p99Millis() / bare.p99Millis()));
        }
        report.append('\n');
        report.append(new SearchCostBreakdown(http, es).report(SearchQueryMix.SEARCHES, searchBodies));
        System.out.println(report);
        Files.writeString(Path.of("target/benchmarks/search.md"), report);
    }

    /** Generates the catalogue and imports it: a serial sample first, then the rest from several threads. */
    private void load(StringBuilder report) throws Exception {
        long started = System.nanoTime();
        List<String> lines = CatalogueGenerator.fromClasspath().generate(PRODUCTS, 7).lines().toList();
        String header = lines.getFirst();
        List<String> rows = lines.subList(1, lines.size());
        report.append("Generated %,d rows in %.1f s%n".formatted(rows.size(), (System.nanoTime() - started) / 1e9));

        int sample = Math.min(SERIAL_SAMPLE, rows.size());
        started = System.nanoTime();
        importRows(header, rows.subList(0, sample));
        double serial = (System.nanoTime() - started) / 1e9;
        report.append(("Import, one thread (CatalogueImport, one transaction per row): %,d rows in %.1f s = %,.0f"
                + " rows/s (100,000 rows would take about %.0f s)%n").formatted(sample, serial, sample / serial,
                100_000 * serial / sample));

        started = System.nanoTime();
        int rest = rows.size() - sample;
        try (var pool = Executors.newFixedThreadPool(LOAD_THREADS)) {
            List<Future<?>> parts = new ArrayList<>();
            int chunk = (rest + LOAD_THREADS - 1) / LOAD_THREADS;
            for (int from = sample; from < rows.size(); from += chunk) {
                var part = rows.subList(from, Math.min(rows.size(), from + chunk));
                parts.add(pool.submit(() -> importRows(header, part)));
            }
            for (var part : parts) {
                part.get();
            }
        }
        double parallel = (System.nanoTime() - started) / 1e9;
        report.append("Import, %d threads (same service): %,d rows in %.1f s = %,.0f rows/s%n".formatted(LOAD_THREADS,
                rest, parallel, rest / parallel));

        // The outbox relay indexes every imported product incrementally; let it finish before measuring.
        started = System.nanoTime();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(2))
                .until(() -> jdbc.sql("select count(*) from search_outbox").query(Long.class).single() == 0);
        report.append("Incremental indexing (outbox relay) caught up %.1f s after the import ended%n%n".formatted(
                (System.nanoTime() - started) / 1e9));
    }

    private void importRows(String header, List<String> rows) {
        var result = catalogueImport.importCsv(new StringReader(header + "\n" + String.join("\n", rows)));
        if (result.rejected() > 0) {
            throw new IllegalStateException(result.rejected() + " rows refused, first: " + result.errors().getFirst());
        }
    }

    private static void describeRequests(StringBuilder report, List<List<String>> bodies) {
        var multi = new ArrayList<String>();
        for (int i = 0; i < bodies.size(); i++) {
            if (bodies.get(i).size() > 1) {
                multi.add("\"" + SearchQueryMix.SEARCHES.get(i).get("q") + "\" (" + bodies.get(i).size() + ")");
            }
        }
        int total = bodies.stream().mapToInt(List::size).sum();
        report.append("Elasticsearch requests per search: %d for %d queries; more than one for %s%n%n"
                .formatted(total, bodies.size(), multi));
    }

    private Runnable get(String url) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return () -> {};
    }

    /** The shop's Elasticsearch requests for one query, one after the other, as the shop sends them. */
    private Runnable bare(String url, List<String> bodies) throws Exception {
        for (String body : bodies) {
            var response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                    "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Elasticsearch answered " + response.statusCode() + ": "
                        + response.body());
            }
        }
        return () -> {};
    }
}
