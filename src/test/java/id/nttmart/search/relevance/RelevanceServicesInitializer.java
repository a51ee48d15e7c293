package id.nttmart.search.relevance;

import id.nttmart.platform.embedded.EmbeddedPostgresServer;
import id.nttmart.support.TestServices;
import java.sql.DriverManager;
import java.sql.SQLException;
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
        String jdbcUrl = createDatabase(services.jdbcUrl());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("relevance-services", Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", EmbeddedPostgresServer.USER,
                "nttmart.elasticsearch.url", services.elasticsearchUrl(),
                "nttmart.elasticsearch.alias", ALIAS,
                "nttmart.demo.enabled", "true")));
    }

    /** Creates the database on the tests' PostgreSQL server unless it exists; returns its JDBC URL. */
    private static String createDatabase(String serverUrl) {
        String url = serverUrl.replaceFirst("/" + EmbeddedPostgresServer.DATABASE + "(?=\\?|$)", "/" + DATABASE);
        if (url.equals(serverUrl)) {
            throw new IllegalStateException("cannot derive a database URL from " + serverUrl);
        }
        try (var connection = DriverManager.getConnection(serverUrl, EmbeddedPostgresServer.USER, "");
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + DATABASE, e);
        }
        return url;
    }
}
