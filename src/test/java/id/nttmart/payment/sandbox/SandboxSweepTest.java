package id.nttmart.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.payment.PaymentGateway;
import id.nttmart.payment.PaymentRequest;
import id.nttmart.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lapsed pages are expired by the sweep that runs on every instance, each page once. */
@IntegrationTest
class SandboxSweepTest {

    @LocalServerPort
    int port;

    @Autowired
    PaymentGateway gateway;

    @Autowired
    SandboxJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrent_sweeps_expire_each_lapsed_page_once() throws Exception {
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pages.add(gateway.open(new PaymentRequest("NTT-SWEEP-" + UUID.randomUUID().toString().substring(0, 8),
                    List.of(new PaymentRequest.Item("Madu hutan Timor", 95_000, 1)), "", Locale.of("id"),
                    Instant.now().plus(Duration.ofHours(2)), "http://localhost:" + port + "/ok",
                    "http://localhost:" + port + "/", UUID.randomUUID().toString())).sessionId());
        }
        jdbc.sql("update sandbox_session set expires_at = now() - interval '1 minute' where id in (:ids)")
                .param("ids", pages).update();

        var start = new CountDownLatch(1);
        try (var sweeps = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                sweeps.submit(() -> {
                    start.await();
                    jobs.expireLapsed();
                    return null;
                });
            }
            start.countDown();
        }

        assertThat(jdbc.sql("select count(*) from sandbox_session where id in (:ids) and status = 'expired'")
                .param("ids", pages).query(Long.class).single()).isEqualTo(12);
        for (String page : pages) {
            assertThat(jdbc.sql("""
                            select count(*) from sandbox_event where type = 'checkout.session.expired'
                              and cast(payload as jsonb) -> 'data' -> 'object' ->> 'id' = :page""")
                    .param("page", page).query(Long.class).single()).as(page).isOne();
        }
        assertThat(jdbc.sql("""
                        select count(*) from payment_event where type = 'checkout.session.expired'
                          and payload -> 'data' -> 'object' ->> 'id' in (:ids)""")
                .param("ids", pages).query(Long.class).single()).isEqualTo(12);
    }
}
