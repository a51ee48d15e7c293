package id.nttmart.search;

import java.io.IOException;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Elasticsearch's part of the node's health ({@code /actuator/health}, and the readiness group the load balancer
 * asks): the cluster's status and node count. A cluster that is unreachable or red is reported {@code DEGRADED},
 * not {@code DOWN}: the shop still sells without search (category and regency pages, cart, checkout and payment
 * read PostgreSQL, and search pages say "briefly unavailable"), so taking every app node out of the load balancer
 * because search is down would turn a degraded shop into no shop. {@code DEGRADED} answers HTTP 200 and shows in
 * the health report for operators.
 */
@Component("elasticsearch")
class SearchHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "search briefly unavailable; browsing and checkout work");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;
    private final RequestOptions quick;

    SearchHealth(RestClient client) {
        this.client = client;
        this.quick = RequestOptions.DEFAULT.toBuilder().setRequestConfig(RequestConfig.custom()
                .setConnectTimeout(1_000).setConnectionRequestTimeout(1_000).setSocketTimeout(3_000).build()).build();
    }

    @Override
    public Health health() {
        var request = new Request("GET", "/_cluster/health");
        request.addParameter("timeout", "2s");
        request.setOptions(quick);
        try {
            var body = JSON.readTree(EntityUtils.toString(client.performRequest(request).getEntity()));
            String status = body.path("status").asString();
            var health = "red".equals(status) ? Health.status(DEGRADED) : Health.up();
            return health.withDetail("cluster_status", status)
                    .withDetail("nodes", body.path("number_of_nodes").asInt()).build();
        } catch (IOException | RuntimeException unreachable) {
            return Health.status(DEGRADED).withDetail("error", unreachable.getClass().getSimpleName()).build();
        }
    }
}
