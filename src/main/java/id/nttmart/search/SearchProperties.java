package id.nttmart.search;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the shop reaches Elasticsearch.
 *
 * @param url the cluster's URL (e.g. {@code https://es.example:9200}); unset, the embedded node starts
 * @param apiKey an optional API key (the encoded form Elasticsearch returns)
 * @param alias the alias the storefront searches; each index version sits behind it
 * @param startupTimeout how long the start waits for the embedded node
 */
@ConfigurationProperties("nttmart.elasticsearch")
public record SearchProperties(
        @Nullable String url,
        @Nullable String apiKey,
        @DefaultValue("products") String alias,
        @DefaultValue("120s") Duration startupTimeout) {}
