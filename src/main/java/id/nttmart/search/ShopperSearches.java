package id.nttmart.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RequestOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How shoppers' searches reach Elasticsearch: with short time limits (a search that takes seconds has failed for a
 * person on a phone); a failure that a cluster's failover heals within moments (a node just lost, its shards not yet
 * moved, a node too busy) is retried twice after a short pause; and once a search has failed for good, none is sent
 * for a few seconds, so that while Elasticsearch is down or stalled every page says "briefly unavailable" at once
 * instead of each visitor waiting out a timeout.
 */
@Component
class ShopperSearches {

    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);
    /** The pauses before the second and third attempt of a read that failed transiently. */
    static final List<Duration> BACK_OFF = List.of(Duration.ofMillis(100), Duration.ofMillis(300));

    /** Answers of a cluster in failover or overloaded, as opposed to a request it will never accept. */
    private static final Set<Integer> TRANSIENT_STATUS = Set.of(429, 502, 503, 504);

    private static final Logger log = LoggerFactory.getLogger(ShopperSearches.class);

    /** A read from Elasticsearch. */
    @FunctionalInterface
    interface Read<T> {
        T run() throws IOException;
    }

    private final ElasticsearchClient client;
    private volatile long pausedUntilNanos = System.nanoTime();

    ShopperSearches(ElasticsearchClient client) {
        var config = RequestConfig.custom().setConnectTimeout(1_000).setConnectionRequestTimeout(1_000)
                .setSocketTimeout(3_000).build();
        this.client = client.withTransportOptions(new RestClientOptions(
                RequestOptions.DEFAULT.toBuilder().setRequestConfig(config).build(), false));
    }

    /**
     * Runs a shopper's read (which uses {@link #client()}), again after a short pause when it failed transiently;
     * fails with {@link SearchUnavailableException} when it still fails, and pauses shoppers' requests.
     */
    <T> T read(Read<T> read) {
        for (int attempt = 0; ; attempt++) {
            try {
                return read.run();
            } catch (IOException | ElasticsearchException e) {
                if (attempt < BACK_OFF.size() && isTransient(e)) {
                    log.debug("Search failed ({}); retrying in {} ms", e.getMessage(), BACK_OFF.get(attempt).toMillis());
                    sleep(BACK_OFF.get(attempt));
                    continue;
                }
                log.warn("Search failed after {} attempt(s): {}", attempt + 1, e.getMessage());
                failed();
                throw new SearchUnavailableException("Search is briefly unavailable", e);
            } catch (SearchUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof TimeoutException)) {
                    throw e;
                }
                // Every connection to Elasticsearch is busy (the client's pool, under a rush): this shopper is told
                // "briefly unavailable" at once; search is not paused for the others, and nothing is retried, which
                // would only add to the queue.
                log.warn("Search refused: no free connection to Elasticsearch within the time limit");
                throw new SearchUnavailableException("Search is briefly unavailable", e);
            }
        }
    }

    /** The client for a shopper's request; fails at once while paused after a failure. */
    ElasticsearchClient client() {
        if (System.nanoTime() - pausedUntilNanos < 0) {
            throw new SearchUnavailableException("Search is paused after a recent failure", null);
        }
        return client;
    }

    /** A shopper's request failed for want of Elasticsearch: pause shoppers' requests for a moment. */
    void failed() {
        pausedUntilNanos = System.nanoTime() + PAUSE_AFTER_FAILURE.toNanos();
    }

    /**
     * Whether trying again may help: no node reachable (the client has already tried every node), or the cluster
     * answering that it is busy or missing a shard copy for now. A request it refuses (400, a closed index) is not.
     */
    static boolean isTransient(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return TRANSIENT_STATUS.contains(es.status())
                    || "no_shard_available_action_exception".equals(es.error().type());
        }
        if (e instanceof TransportException te) {
            return te.statusCode() <= 0 || TRANSIENT_STATUS.contains(te.statusCode());
        }
        return e instanceof IOException;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("Search was interrupted", e);
        }
    }
}
