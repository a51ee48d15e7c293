package id.nttmart.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import id.nttmart.platform.embedded.ElasticsearchNode;
import java.util.List;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.Node;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Elasticsearch client: the configured nodes, or the embedded node. Given several nodes, the low-level client
 * sends each request to the next one in turn (round robin), and when a node cannot be reached (or answers 502, 503
 * or 504) it tries the same request on the next node and leaves the failed one out for a while (from one minute,
 * longer after each further failure, retried earlier only when every node is out). The failure listener logs when
 * that happens, so an operator sees a node drop out.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchConfiguration.class);
    private static final int CONNECTIONS_PER_NODE = 64;

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(SearchProperties properties, ObjectProvider<ElasticsearchNode> embedded) {
        List<String> urls = properties.urls().isEmpty() ? List.of(embedded.getObject().url()) : properties.urls();
        var hosts = urls.stream().map(HttpHost::create).toArray(HttpHost[]::new);
        var builder = RestClient.builder(hosts)
                // Short connect timeout: a node that is gone must not hold a request long before the next is tried.
                .setRequestConfigCallback(config -> config.setConnectTimeout(2_000).setSocketTimeout(10_000))
                // The client's default (10 connections per node) queued searches under the first-of-the-month rush
                // until they timed out; a node's search thread pool is the real limit, so allow as many.
                .setHttpClientConfigCallback(http -> http.setMaxConnPerRoute(CONNECTIONS_PER_NODE)
                        .setMaxConnTotal(CONNECTIONS_PER_NODE * hosts.length))
                .setFailureListener(new RestClient.FailureListener() {
                    @Override
                    public void onFailure(Node node) {
                        log.warn("Elasticsearch node {} failed; the client leaves it out for a while and tries the others",
                                node.getHost());
                    }
                });
        if (StringUtils.hasText(properties.apiKey())) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + properties.apiKey())});
        }
        if (hosts.length > 1) {
            log.info("Elasticsearch client spreads requests over {} nodes: {}", hosts.length, urls);
        }
        return builder.build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        var mapper = new Jackson3JsonpMapper(JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build());
        return new ElasticsearchClient(new RestClientTransport(restClient, mapper));
    }
}
