package id.nttmart.benchmark;

import id.nttmart.platform.embedded.EmbeddedPostgresServer;
import id.nttmart.support.TestServices;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the search benchmark's application context at the test PostgreSQL and Elasticsearch, but at a database and
 * an index alias of its own (and without the demo catalogue), so its 100,000 synthetic products neither collide with
 * nor slow down the other tests' data.
 */
public class SearchBenchmarkServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = "benchmark_search";
    static final String ALIAS = "products-benchmark";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var services = TestServices.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("search-benchmark", Map.of(
                "spring.datasource.url", services.databaseUrl(DATABASE),
                "spring.datasource.username", EmbeddedPostgresServer.USER,
                "nttmart.elasticsearch.url", services.elasticsearchUrl(),
                "nttmart.elasticsearch.alias", ALIAS,
                "nttmart.demo.enabled", "false",
                "nttmart.payment.sandbox.enabled", "true")));
    }

    static String elasticsearchUrl() {
        return TestServices.get().elasticsearchUrl();
    }
}
