package id.nttmart.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where Elasticsearch's time goes for the shop's search requests, one client at a time (no queueing): each query's
 * requests as the shop sends them, without the facet aggregations, and also without the exact total hit count.
 */
final class SearchCostBreakdown {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int REPEATS = 7;

    private final HttpClient http;
    private final String url;

    SearchCostBreakdown(HttpClient http, String url) {
        this.http = http;
        this.url = url;
    }

    String report(List<Map<String, String>> queries, List<List<String>> bodies) throws Exception {
        UnaryOperator<String> asSent = b -> b;
        UnaryOperator<String> noFacets = b -> edit(b, false);
        UnaryOperator<String> noFacetsNoTotal = b -> edit(b, true);
        double[] sent = new double[bodies.size()];
        double[] withoutFacets = new double[bodies.size()];
        double[] withoutTotal = new double[bodies.size()];
        for (int i = 0; i < bodies.size(); i++) {
            sent[i] = median(bodies.get(i), asSent);
            withoutFacets[i] = median(bodies.get(i), noFacets);
            withoutTotal[i] = median(bodies.get(i), noFacetsNoTotal);
        }
        var out = new StringBuilder("\nBare Elasticsearch, one client, median of %d per query, mean over the %d queries:"
                .formatted(REPEATS, bodies.size()));
        out.append(" as sent %.1f ms; without the 7 facet aggregations %.1f ms; and without track_total_hits %.1f ms%n"
                .formatted(mean(sent), mean(withoutFacets), mean(withoutTotal)));
        Integer[] order = new Integer[bodies.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(sent[b], sent[a]));
        out.append("Slowest as sent: ");
        var slowest = new ArrayList<String>();
        for (int k = 0; k < Math.min(6, order.length); k++) {
            int i = order[k];
            slowest.add("%s %.1f ms (%d requests; %.1f without facets)".formatted(
                    SearchQueryMix.queryString(queries.get(i)), sent[i], bodies.get(i).size(), withoutFacets[i]));
        }
        return out.append(String.join(", ", slowest)).append('\n').toString();
    }

    /** The request body without the facet aggregations (the "known words" one stays), and maybe the exact total. */
    private static String edit(String body, boolean dropTotal) {
        var json = (ObjectNode) JSON.readTree(body);
        if (json.has("aggregations")) {
            var aggregations = (ObjectNode) json.get("aggregations");
            var kept = aggregations.has("known") ? aggregations.get("known") : null;
            json.remove("aggregations");
            if (kept != null) {
                json.putObject("aggregations").set("known", kept);
            }
        }
        if (dropTotal) {
            json.remove("track_total_hits");
        }
        return JSON.writeValueAsString(json);
    }

    private double median(List<String> requests, UnaryOperator<String> variant) throws Exception {
        List<String> bodies = requests.stream().map(variant).toList();
        double[] millis = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            long t = System.nanoTime();
            for (String body : bodies) {
                var response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                        "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Elasticsearch answered " + response.statusCode());
                }
            }
            millis[r] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return millis[REPEATS / 2];
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }
}
