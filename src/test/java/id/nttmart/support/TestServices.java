package id.nttmart.support;

import id.nttmart.platform.embedded.ElasticsearchNode;
import id.nttmart.platform.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real PostgreSQL and Elasticsearch the tests run against: started once per test run (per JVM), from clean data
 * folders, and stopped when the JVM ends. Application contexts see them as external services, exactly as a shop
 * configured with {@code SPRING_DATASOURCE_URL} and {@code NTTMART_ELASTICSEARCH_URL} would.
 */
public final class TestServices {

    private static final Path ROOT = Path.of("target", "test-services");

    private static volatile TestServices started;

    private final EmbeddedPostgresServer postgres;
    private final ElasticsearchNode elasticsearch;

    private TestServices(EmbeddedPostgresServer postgres, ElasticsearchNode elasticsearch) {
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
    }

    public static synchronized TestServices get() {
        if (started == null) {
            var distribution = Path.of(System.getProperty("nttmart.elasticsearch.distribution",
                    "target/elasticsearch/elasticsearch.zip"));
            var elasticsearch = ElasticsearchNode.start(distribution, ROOT.resolve("elasticsearch"), 0, "512m", true);
            var postgres = EmbeddedPostgresServer.start(ROOT.resolve("postgres"), 0, true);
            elasticsearch.awaitReady(Duration.ofMinutes(3));
            var services = new TestServices(postgres, elasticsearch);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                elasticsearch.close();
                postgres.close();
            }, "test-services-shutdown"));
            started = services;
        }
        return started;
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    /**
     * A database of its own on the tests' PostgreSQL server (created unless it exists), for a context whose data
     * must not meet the other tests'; returns its JDBC URL.
     */
    public String databaseUrl(String database) {
        String serverUrl = jdbcUrl();
        String url = serverUrl.replaceFirst("/" + EmbeddedPostgresServer.DATABASE + "(?=\\?|$)", "/" + database);
        if (url.equals(serverUrl)) {
            throw new IllegalStateException("cannot derive a database URL from " + serverUrl);
        }
        try (var connection = java.sql.DriverManager.getConnection(serverUrl, EmbeddedPostgresServer.USER, "");
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create the database " + database, e);
        }
        return url;
    }

    public String elasticsearchUrl() {
        return elasticsearch.url();
    }
}
