package id.nttmart.platform.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded services keep their data and how they run.
 *
 * @param dataDirectory the folder holding {@code postgres/} and {@code elasticsearch/}; it survives restarts
 * @param elasticsearchDistribution the Elasticsearch zip that the build copies from Maven
 * @param elasticsearchHeap the embedded node's JVM heap
 * @param postgresPort 0 for a free port
 * @param elasticsearchPort 0 for a free port
 */
@ConfigurationProperties("nttmart.embedded")
public record EmbeddedProperties(
        @DefaultValue("data") Path dataDirectory,
        @DefaultValue("target/elasticsearch/elasticsearch.zip") Path elasticsearchDistribution,
        @DefaultValue("512m") String elasticsearchHeap,
        @DefaultValue("0") int postgresPort,
        @DefaultValue("0") int elasticsearchPort) {}
