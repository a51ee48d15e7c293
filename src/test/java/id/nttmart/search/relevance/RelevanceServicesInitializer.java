package id.nttmart.search.relevance;

import id.nttmart.platform.embedded.EmbeddedPostgresServer;
import id.nttmart.support.TestServices;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an application context at the test PostgreSQL and Elasticsearch, but at a database and an index alias of
 * its own, so the demo catalogue it imports at start (and nothing else) is what relevance is judged on, without
 * colliding with the rows and documents of the other tests.
 */
public class RelevanceServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = "relevance";
    static final String ALIAS = "products-relevance";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var services = TestServices.get();
        String jdbcUrl = services.databaseUrl(DATABASE);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("relevance-services", Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", EmbeddedPostgresServer.USER,
                "nttmart.elasticsearch.url", services.elasticsearchUrl(),
                "nttmart.elasticsearch.alias", ALIAS,
                "nttmart.demo.enabled", "true",
                "nttmart.payment.sandbox.enabled", "true")));
    }
}
