package id.nttmart.support;

import id.nttmart.Application;
import id.nttmart.platform.embedded.EmbeddedPostgresServer;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.MapPropertySource;

/**
 * Several named instances of the shop in one test run, as several nodes behind a load balancer would be: each a
 * whole application context on a port of its own, all sharing one database of the tests' PostgreSQL and one index
 * alias of their Elasticsearch. Each instance names its PostgreSQL connections after itself ({@code ApplicationName}),
 * so that a test can make it die the way a crashed machine looks to PostgreSQL: its sessions end, its transactions
 * roll back and its row locks are released ({@link #kill}). Closing this closes every instance still running.
 */
public final class AppInstances implements AutoCloseable {

    private final String database;
    private final Map<String, ConfigurableApplicationContext> running = new LinkedHashMap<>();

    /** Instances on a database (and an index alias) of their own, named {@code database}. */
    public AppInstances(String database) {
        this.database = database;
    }

    /** The JDBC URL of the instances' database, for the test's own look at it. */
    public String jdbcUrl() {
        return TestServices.get().databaseUrl(database);
    }

    /**
     * Starts an instance named {@code name}; {@code overrides} (key, value, key, value...) replace the shared
     * settings, for example to send this node's SMTP or Elasticsearch traffic through a proxy the test controls.
     */
    public synchronized ConfigurableApplicationContext start(String name, String... overrides) {
        var services = TestServices.get();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", services.databaseUrl(database));
        properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
        properties.put("spring.datasource.hikari.data-source-properties.ApplicationName", name);
        // Several instances share the tests' PostgreSQL (100 connections at most).
        properties.put("spring.datasource.hikari.maximum-pool-size", "8");
        properties.put("nttmart.elasticsearch.url", services.elasticsearchUrl());
        properties.put("nttmart.elasticsearch.alias", "products-" + database);
        properties.put("nttmart.demo.enabled", "false");
        properties.put("nttmart.payment.sandbox.enabled", "true");
        properties.put("nttmart.payment.webhook-secret", GatewayEvents.SECRET);
        properties.put("server.port", "0");
        // A lost node does not finish its requests: no graceful shutdown to wait for.
        properties.put("server.shutdown", "immediate");
        properties.put("spring.lifecycle.timeout-per-shutdown-phase", "5s");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            properties.put(overrides[i], overrides[i + 1]);
        }
        // First among the property sources: these win over application.properties (server.port=${PORT:8080}).
        var context = new SpringApplicationBuilder(Application.class)
                .initializers(c -> c.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("instance-" + name, properties)))
                .run();
        running.put(name, context);
        return context;
    }

    public synchronized ConfigurableApplicationContext get(String name) {
        var context = running.get(name);
        if (context == null) {
            throw new IllegalStateException("no running instance " + name);
        }
        return context;
    }

    public synchronized List<ConfigurableApplicationContext> all() {
        return new ArrayList<>(running.values());
    }

    /** The port the instance's web server listens on. */
    public int port(String name) {
        return Integer.parseInt(get(name).getEnvironment().getProperty("local.server.port", "0"));
    }

    /**
     * Ends the instance's PostgreSQL sessions as a machine's crash would (its open transactions roll back, its
     * locks go), then closes its context. Returns how many sessions were ended.
     */
    public int kill(String name) {
        ConfigurableApplicationContext context;
        synchronized (this) {
            context = running.remove(name);
        }
        int ended = terminateSessions(name);
        if (context != null) {
            context.close();
        }
        return ended;
    }

    /** Ends every PostgreSQL session the named instance holds, without closing its context. */
    public int terminateSessions(String name) {
        try (var connection = DriverManager.getConnection(jdbcUrl(), EmbeddedPostgresServer.USER, "");
                var terminate = connection.prepareStatement(
                        "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?")) {
            terminate.setString(1, name);
            try (var rows = terminate.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not end the sessions of " + name, e);
        }
    }

    /**
     * The instance's background worker of the given class name (a {@link SmartLifecycle} such as the mail relay
     * or the search outbox relay), to stop it or start it as a test needs.
     */
    public static SmartLifecycle worker(ConfigurableApplicationContext context, String simpleClassName) {
        return context.getBeansOfType(SmartLifecycle.class).values().stream()
                .filter(bean -> org.springframework.util.ClassUtils.getUserClass(bean).getSimpleName()
                        .equals(simpleClassName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no worker " + simpleClassName));
    }

    @Override
    public void close() {
        List<String> names;
        synchronized (this) {
            names = new ArrayList<>(running.keySet());
        }
        RuntimeException first = null;
        for (String name : names.reversed()) {
            try {
                ConfigurableApplicationContext context;
                synchronized (this) {
                    context = running.remove(name);
                }
                if (context != null) {
                    context.close();
                }
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
