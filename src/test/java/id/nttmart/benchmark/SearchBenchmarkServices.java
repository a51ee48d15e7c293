package id.nttmart.benchmark;

import id.nttmart.platform.embedded.EmbeddedPostgresServer;
import id.nttmart.support.TestServices;
import java.sql.DriverManager;
import java.sql.SQLException;
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
                "spring.datasource.url", createDatabase(services.jdbcUrl()),
                "spring.datasource.username", EmbeddedPostgresServer.USER,
                "nttmart.elasticsearch.url", services.elasticsearchUrl(),
                "nttmart.elasticsearch.alias", ALIAS,
                "nttmart.demo.enabled", "false")));
    }

    static String elasticsearchUrl() {
        return TestServices.get().elasticsearchUrl();
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
