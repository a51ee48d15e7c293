package id.nttmart.ordering;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anonymous carts untouched for 30 days (their cookie has lapsed too) are deleted, a bounded batch at a time. Any
 * instance may run it; deleting the same old rows twice is harmless.
 */
@Component
class StaleCarts {

    private static final Logger log = LoggerFactory.getLogger(StaleCarts.class);

    private final JdbcClient jdbc;

    StaleCarts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    void deleteStale() {
        int deleted = jdbc.sql("""
                        delete from cart where id in (select id from cart where user_id is null
                            and updated_at < now() - interval '30 days' limit 5000)""")
                .update();
        if (deleted > 0) {
            log.info("Deleted {} anonymous carts untouched for 30 days", deleted);
        }
    }
}
