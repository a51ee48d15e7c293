package id.nttmart.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import java.time.Duration;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RequestOptions;
import org.springframework.stereotype.Component;

/**
 * How shoppers' searches reach Elasticsearch: with short time limits (a search that takes seconds has failed for a
 * person on a phone), and, once one has failed, not at all for a few seconds, so that while Elasticsearch is down or
 * stalled every page says "briefly unavailable" at once instead of each visitor waiting out a timeout.
 */
@Component
class ShopperSearches {

    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

    private final ElasticsearchClient client;
    private volatile long pausedUntilNanos = System.nanoTime();

    ShopperSearches(ElasticsearchClient client) {
        var config = RequestConfig.custom().setConnectTimeout(1_000).setConnectionRequestTimeout(1_000)
                .setSocketTimeout(3_000).build();
        this.client = client.withTransportOptions(new RestClientOptions(
                RequestOptions.DEFAULT.toBuilder().setRequestConfig(config).build(), false));
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
}
