package id.nttmart.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.ConnectException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which failures of a shopper's search are tried again (a cluster in failover heals within moments) and which are
 * not (a request Elasticsearch will never accept), and that search pauses only once the retries are spent.
 */
class ShopperSearchesRetryTest {

    final RestClient rest = RestClient.builder(HttpHost.create("http://127.0.0.1:9")).build();
    final ShopperSearches shoppers = new ShopperSearches(
            new ElasticsearchClient(new RestClientTransport(rest, new Jackson3JsonpMapper())));
    final AtomicInteger attempts = new AtomicInteger();

    @AfterEach
    void close() throws Exception {
        rest.close();
    }

    static ElasticsearchException answer(int status, String type) {
        return new ElasticsearchException("search", ErrorResponse.of(r -> r.status(status)
                .error(e -> e.type(type).reason("test"))));
    }

    @Test
    void a_search_that_fails_while_a_node_is_lost_succeeds_on_a_later_attempt_without_pausing_search() {
        String result = shoppers.read(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ConnectException("Connection refused");
            }
            if (attempts.get() == 2) {
                throw answer(503, "no_shard_available_action_exception");
            }
            return "found";
        });

        assertThat(result).isEqualTo("found");
        assertThat(attempts).hasValue(3);
        assertThat(shoppers.client()).isNotNull();
    }

    @Test
    void a_cluster_that_stays_down_is_tried_three_times_then_search_is_unavailable_and_paused() {
        assertThatThrownBy(() -> shoppers.read(() -> {
            attempts.incrementAndGet();
            throw new ConnectException("Connection refused");
        })).isInstanceOf(SearchUnavailableException.class);

        assertThat(attempts).hasValue(3);
        assertThatThrownBy(shoppers::client).isInstanceOf(SearchUnavailableException.class)
                .hasMessageContaining("paused");
    }

    @Test
    void a_request_elasticsearch_refuses_is_not_tried_again() {
        assertThatThrownBy(() -> shoppers.read(() -> {
            attempts.incrementAndGet();
            throw answer(400, "index_closed_exception");
        })).isInstanceOf(SearchUnavailableException.class);

        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_busy_cluster_is_tried_again() {
        assertThat(ShopperSearches.isTransient(answer(429, "es_rejected_execution_exception"))).isTrue();
        assertThat(ShopperSearches.isTransient(answer(404, "index_not_found_exception"))).isFalse();
    }

    @Test
    void a_search_waiting_too_long_for_a_connection_is_unavailable_at_once_without_pausing_search() {
        assertThatThrownBy(() -> shoppers.read(() -> {
            attempts.incrementAndGet();
            // What the low-level client throws when its connection pool has no free connection in time.
            throw new RuntimeException("error while performing request",
                    new java.util.concurrent.TimeoutException("Connection lease request time out"));
        })).isInstanceOf(SearchUnavailableException.class);
        assertThat(attempts).hasValue(1);
        assertThat(shoppers.client()).isNotNull();
    }

    @Test
    void a_programming_error_is_not_disguised_as_an_outage() {
        assertThatThrownBy(() -> shoppers.read(() -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
    }
}
