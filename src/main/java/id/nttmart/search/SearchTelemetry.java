package id.nttmart.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operators watch of search: how long shoppers' searches take ({@code nttmart_search_latency_seconds}, by kind
 * and outcome, with a histogram for p95 across nodes), how many product changes wait for the index
 * ({@code nttmart_search_outbox_backlog}) and how old the oldest of them is ({@code nttmart_search_index_lag_seconds}:
 * how far the index is behind PostgreSQL). The two gauges are read from the shared outbox, so every node reports the
 * cluster's figure.
 */
@Component
class SearchTelemetry {

    private final MeterRegistry registry;

    SearchTelemetry(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        Gauge.builder("nttmart.search.outbox.backlog",
                        () -> jdbc.sql("select count(*) from search_outbox").query(Long.class).single())
                .description("Product changes waiting to reach Elasticsearch").register(registry);
        Gauge.builder("nttmart.search.index.lag", () -> jdbc.sql("""
                        select coalesce(extract(epoch from now() - min(enqueued_at)), 0) from search_outbox""")
                        .query(Double.class).single())
                .baseUnit("seconds").description("Age of the oldest change not yet in the index").register(registry);
    }

    /** Runs a shopper's search and times it: {@code ok}, or {@code unavailable} when it failed. */
    <T> T timed(String kind, Supplier<T> search) {
        long start = System.nanoTime();
        String outcome = "unavailable";
        try {
            T result = search.get();
            outcome = "ok";
            return result;
        } finally {
            Timer.builder("nttmart.search.latency").description("Shoppers' searches, as the shop sees them")
                    .tags("kind", kind, "outcome", outcome).publishPercentileHistogram()
                    .register(registry).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
