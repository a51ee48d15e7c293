package id.nttmart.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.Application;
import id.nttmart.platform.embedded.EmbeddedPostgresServer;
import id.nttmart.support.FreePorts;
import id.nttmart.support.TestServices;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The shop starts with exactly the environment {@code docker-compose.yml} gives its {@code shop} service (production
 * profile, separate management port, forwarded headers, external PostgreSQL and Elasticsearch, ...), and is then
 * ready the way the load balancer sees it. Only what Docker would provide differently is changed: the host names
 * (postgres and es01..es03 become the tests' services) and the two ports (free ones, as the test machine has no
 * container of its own).
 */
class ComposeEnvironmentStartTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_shop_starts_with_the_compose_environment_and_is_ready_for_the_load_balancer() throws Exception {
        var compose = ComposeFile.interpolated(ComposeVariables.TEST_SHOP);
        var environment = new LinkedHashMap<>(ComposeFile.environment(compose, "shop"));
        int port = FreePorts.next();
        int managementPort = FreePorts.next();
        assertThat(environment.put("SERVER_PORT", Integer.toString(port))).isEqualTo("8080");
        assertThat(environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort))).isEqualTo("8081");
        rewriteHosts(environment);

        var springEnvironment = new StandardEnvironment();
        var sources = springEnvironment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.copyOf(environment)));
        // Not a setting of the deployment: the tests' Elasticsearch is shared with other tests, so this shop's
        // (empty) catalogue gets an alias of its own, lowest precedence.
        sources.addLast(new MapPropertySource("test-isolation", Map.of("nttmart.elasticsearch.alias", "compose-products")));

        try (var shop = new SpringApplicationBuilder(Application.class).environment(springEnvironment).run()) {
            assertThat(shop.getEnvironment().getActiveProfiles()).containsExactly("production");

            var readiness = get(managementPort, "/actuator/health/readiness");
            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"UP\"");
            assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
            var publicHealth = get(port, "/actuator/health");
            assertThat(publicHealth.body()).as("Actuator is not on the public port (%s)", publicHealth.statusCode())
                    .doesNotContain("\"status\"");

            assertThat(get(managementPort, "/actuator/prometheus").body()).contains("nttmart_orders_placed_total");
            // The first administrator named in the environment exists and can use the back office's API.
            var audit = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/audit"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (ComposeVariables.TEST_SHOP.get("NTTMART_ADMIN_USERNAME") + ":"
                                    + ComposeVariables.TEST_SHOP.get("NTTMART_ADMIN_PASSWORD")).getBytes()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);

            var home = get(port, "/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).containsIgnoringCase("<html");

            var search = get(port, "/api/v1/products?q=kopi");
            assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
            assertThat(search.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
        } finally {
            plainLogsAgain();
        }
    }

    /**
     * The production profile switched this JVM's logging to JSON; the other tests' contexts (already started) log
     * on, so the console goes back to the shop's plain format.
     */
    private static void plainLogsAgain() throws IOException {
        // Boot hands the format to Logback through a system property, which would outlive this test's context.
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
        var system = LoggingSystem.get(ComposeEnvironmentStartTest.class.getClassLoader());
        var plain = new StandardEnvironment();
        plain.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        system.cleanUp();
        system.beforeInitialize();
        system.initialize(new LoggingInitializationContext(plain), null, null);
    }

    /**
     * postgres → the tests' PostgreSQL (a database of its own, owned by the compose file's user, as the postgres
     * image creates it); es01..es03 → the tests' single Elasticsearch node.
     */
    private static void rewriteHosts(Map<String, String> environment) throws SQLException {
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/nttmart");
        var services = TestServices.get();
        String database = services.databaseUrl("compose");
        createOwner(services.jdbcUrl(), environment.get("SPRING_DATASOURCE_USERNAME"),
                environment.get("SPRING_DATASOURCE_PASSWORD"));
        // The tests' URL names its own user; the compose file's user and password are the ones to use.
        environment.put("SPRING_DATASOURCE_URL", database.replaceFirst("[?&]user=[^&]*", ""));

        String elasticsearch = URI.create(services.elasticsearchUrl()).getAuthority();
        // Three cluster URLs name one test node; the same URL three times is that node once.
        String urls = Arrays.stream(environment.get("NTTMART_ELASTICSEARCH_URL").split(","))
                .map(url -> url.strip().replaceFirst("^http://es0[1-3]:9200$", "http://" + elasticsearch))
                .distinct().collect(Collectors.joining(","));
        assertThat(urls).doesNotContain("es0");
        environment.put("NTTMART_ELASTICSEARCH_URL", urls);
    }

    /**
     * What the postgres image does with POSTGRES_USER and POSTGRES_PASSWORD: a superuser with that password, owning
     * the database.
     */
    private static void createOwner(String serverUrl, String user, String password) throws SQLException {
        assertThat(user).matches("[a-z_]+");
        try (var connection = DriverManager.getConnection(serverUrl, EmbeddedPostgresServer.USER, "");
                var statement = connection.createStatement()) {
            String quotedPassword = "'" + password.replace("'", "''") + "'";
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + user
                    + "') then create role " + user + " superuser login password " + quotedPassword + "; end if; end $$");
            statement.execute("alter database compose owner to " + user);
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
