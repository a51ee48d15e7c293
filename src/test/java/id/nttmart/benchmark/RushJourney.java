package id.nttmart.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One civil servant's visit, as an API client of the shop does it (every request that needs the account carries HTTP
 * Basic, the API being stateless): sign in ({@code GET /api/v1/asn/me}: the account and its linked NIP), two searches
 * ({@code GET /api/v1/products}), an order of exactly Rp100,000 for pickup ({@code POST /api/v1/orders}, signed in, so
 * it counts for their month), and payment at the sandbox gateway (the payment link, the card form) until the order's
 * tracking link says PAID. Latencies go to a {@link Steps}; failures are counted by kind, never thrown.
 */
final class RushJourney {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> STEPS = List.of("login", "search", "place order", "to PAID", "whole visit");

    /** The latencies (ms) and errors of one load step. */
    static final class Steps {
        final Map<String, List<Double>> millis = new ConcurrentHashMap<>();
        final Map<String, Integer> errors = new ConcurrentHashMap<>();
        final List<Long> paidAtNanos = Collections.synchronizedList(new ArrayList<>());

        void add(String step, long startedNanos) {
            millis.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - startedNanos) / 1e6);
        }

        void error(String kind) {
            errors.merge(kind, 1, Integer::sum);
        }

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }

        double percentile(String step, int p) {
            List<Double> sorted = new ArrayList<>(millis.getOrDefault(step, List.of()));
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            Collections.sort(sorted);
            return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }

        int count(String step) {
            return millis.getOrDefault(step, List.of()).size();
        }
    }

    private final HttpClient http;
    private final String base;

    RushJourney(HttpClient http, int port) {
        this.http = http;
        this.base = "http://localhost:" + port;
    }

    void run(RushFixtures.Buyer buyer, List<String> queries, List<String> skus, String outlet, Steps steps) {
        long visit = System.nanoTime();
        String step = "login";
        try {
            String auth = "Basic " + Base64.getEncoder().encodeToString((buyer.username() + ":"
                    + RushFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
            long t = System.nanoTime();
            var me = send(get("/api/v1/asn/me").header("Authorization", auth));
            if (me.statusCode() != 200 || !JSON.readTree(me.body()).path("linked").asBoolean()) {
                steps.error("login: HTTP " + me.statusCode());
                return;
            }
            steps.add(step, t);

            step = "search";
            for (String q : queries) {
                t = System.nanoTime();
                var found = send(get("/api/v1/products?" + q));
                if (found.statusCode() != 200) {
                    steps.error("search: HTTP " + found.statusCode());
                    return;
                }
                steps.add(step, t);
            }

            step = "place order";
            var lines = new StringBuilder();
            for (String sku : skus) {
                lines.append(lines.isEmpty() ? "" : ",").append("{\"sku\":\"").append(sku).append("\",\"qty\":1}");
            }
            String body = "{\"lines\":[" + lines + "],\"delivery\":{\"type\":\"pickup\",\"outlet\":\"" + outlet
                    + "\"},\"buyer\":{\"name\":\"ASN Uji\",\"email\":\"" + buyer.username()
                    + "@example.com\",\"phone\":\"081234567890\"},\"lang\":\"id\"}";
            t = System.nanoTime();
            var placed = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/orders"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (placed.statusCode() != 201) {
                steps.error("place order: HTTP " + placed.statusCode() + " " + errorCode(placed.body()));
                return;
            }
            steps.add(step, t);
            JsonNode order = JSON.readTree(placed.body());
            if (order.path("total_idr").asLong() != 100_000) {
                steps.error("place order: total " + order.path("total_idr").asLong() + " instead of 100000");
            }

            step = "to PAID";
            t = System.nanoTime();
            var link = send(HttpRequest.newBuilder(URI.create(order.get("paymentUrl").asString())).GET());
            String page = link.headers().firstValue("Location").orElse("");
            if (link.statusCode() != 303 || !page.contains("/sandbox/pay/")) {
                steps.error("payment link: HTTP " + link.statusCode());
                return;
            }
            URI pay = URI.create(base).resolve(page);
            var form = send(HttpRequest.newBuilder(pay).GET());
            if (form.statusCode() != 200) {
                steps.error("payment page: HTTP " + form.statusCode());
                return;
            }
            var paid = send(HttpRequest.newBuilder(pay).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("card_number=4242424242424242&expiry=12%2F40&cvc=123")));
            if (paid.statusCode() != 303) {
                steps.error("card form: HTTP " + paid.statusCode());
                return;
            }
            String tracking = order.get("trackingUrl").asString().replace("/pesanan/", "/api/v1/orders/");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                var tracked = send(HttpRequest.newBuilder(URI.create(tracking)).GET());
                if (tracked.statusCode() == 200 && "PAID".equals(JSON.readTree(tracked.body()).path("status")
                        .asString())) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    steps.error("to PAID: not PAID after 30 s");
                    return;
                }
                Thread.sleep(100);
            }
            steps.add(step, t);
            steps.add("whole visit", visit);
            steps.paidAtNanos.add(System.nanoTime());
        } catch (Exception e) {
            steps.error(step + ": " + e.getClass().getSimpleName());
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String errorCode(String body) {
        try {
            return JSON.readTree(body).path("error").asString("");
        } catch (Exception e) {
            return "";
        }
    }
}
