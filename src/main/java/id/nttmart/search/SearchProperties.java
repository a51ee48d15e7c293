package id.nttmart.search;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the shop reaches Elasticsearch.
 *
 * @param url the cluster's URL (e.g. {@code https://es.example:9200}), or several nodes' URLs separated by commas,
 *     over which the client spreads its requests; unset, the embedded node starts
 * @param apiKey an optional API key (the encoded form Elasticsearch returns)
 * @param alias the alias the storefront searches; each index version sits behind it
 * @param startupTimeout how long the start waits for the embedded node
 * @param replicas the products index's replicas: 0 on a single node, at least 1 on a cluster so that the loss of a
 *     node loses no shard
 */
@ConfigurationProperties("nttmart.elasticsearch")
public record SearchProperties(
        @Nullable String url,
        @Nullable String apiKey,
        @DefaultValue("products") String alias,
        @DefaultValue("120s") Duration startupTimeout,
        @DefaultValue("0") int replicas) {

    public SearchProperties {
        if (replicas < 0) {
            throw new IllegalArgumentException("nttmart.elasticsearch.replicas must be 0 or more, not " + replicas);
        }
    }

    /** The configured nodes' URLs, in the order given (empty when none is). */
    public List<String> urls() {
        return url == null ? List.of()
                : Arrays.stream(url.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList();
    }
}
