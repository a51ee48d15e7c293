package id.nttmart.search;

import id.nttmart.platform.embedded.ElasticsearchNode;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, makes sure the products index exists in its current version and holds every listed product, rebuilding
 * it behind the alias when not, with the configured number of replicas. Only one instance rebuilds at a time (an exclusive PostgreSQL advisory lock, which
 * also pauses every instance's outbox relay). When Elasticsearch is down at start the shop still starts, and this
 * keeps trying in the background.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SearchIndexInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    private final ProductIndex index;
    private final SearchOutboxRelay relay;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<ElasticsearchNode> embedded;
    private final SearchProperties properties;

    SearchIndexInitializer(ProductIndex index, SearchOutboxRelay relay, JdbcTemplate jdbc,
            ObjectProvider<ElasticsearchNode> embedded, SearchProperties properties) {
        this.index = index;
        this.relay = relay;
        this.jdbc = jdbc;
        this.embedded = embedded;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        embedded.ifAvailable(node -> node.awaitReady(properties.startupTimeout()));
        if (!tryEnsureIndex()) {
            Thread.ofVirtual().name("search-index-initializer").start(this::retryUntilReady);
        }
    }

    /**
     * Rebuilds the index when asked to, or when it is missing, of an older definition or incomplete; returns the
     * products indexed (0 when it was current).
     */
    long rebuild(boolean force) {
        Long indexed = jdbc.execute((java.sql.Connection connection) -> {
            try (var lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, SearchOutboxRelay.REBUILD_LOCK);
                lock.execute();
            }
            try {
                return force || !index.isCurrent() ? index.rebuild() : 0L;
            } catch (IOException e) {
                throw new SearchUnavailableException("The search index could not be rebuilt", e);
            } finally {
                try (var unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, SearchOutboxRelay.REBUILD_LOCK);
                    unlock.execute();
                }
            }
        });
        return indexed == null ? 0 : indexed;
    }

    private boolean tryEnsureIndex() {
        try {
            if (!index.isCurrent()) {
                rebuild(false);
            }
            index.ensureReplicas();
            relay.indexReady();
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Search is unavailable for now ({}); the storefront runs without it and will retry",
                    e.getMessage());
            return false;
        }
    }

    private void retryUntilReady() {
        try {
            do {
                TimeUnit.SECONDS.sleep(10);
            } while (!tryEnsureIndex());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
