package id.nttmart.ordering;

import static id.nttmart.ordering.OrderFixtures.order;
import static id.nttmart.ordering.OrderFixtures.lines;
import static id.nttmart.ordering.OrderFixtures.pickup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.nttmart.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What an operator watching the shop sees: liveness and readiness (with PostgreSQL and Elasticsearch), Prometheus
 * metrics that move with orders and searches, and one request id that follows an order from checkout through its
 * payment (by webhook, on another request) to the outlet's queue.
 */
@IntegrationTest
class ObservabilityTest extends OrderJourney {

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger root;

    @BeforeEach
    void captureLogs() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(logs);
    }

    @Test
    void liveness_and_readiness_answer_with_the_databases_state() {
        var liveness = shop.get("/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().get("status").asString()).isEqualTo("UP");

        var readiness = shop.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        var components = readiness.json().get("components");
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("elasticsearch").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("elasticsearch").get("details").get("cluster_status").asString())
                .isIn("green", "yellow");
        assertThat(components.get("readinessState").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheus_metrics_are_for_administrators_on_the_shops_own_port_and_count_orders_and_searches() {
        assertThat(shop.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(shop.getAs("/actuator/prometheus", "customer", "customer").status()).isEqualTo(403);
        // Nothing else of Actuator is exposed (the shop sends the visitor to its login page).
        assertThat(shop.getAs("/actuator/env", "admin", "admin").status()).isNotEqualTo(200);

        String before = metrics();
        double placed = value(before, "nttmart_orders_placed_total");
        double searches = value(before, "nttmart_search_latency_seconds_count\\{[^}]*kind=\"search\",outcome=\"ok\"");
        String cloth = fixtures.cloth(100_000, "Sikka:5");
        place(order(lines(cloth, 1), pickup(outletOf("Sikka"))));
        assertThat(shop.search("tenun").status()).isEqualTo(200);

        String after = metrics();
        assertThat(value(after, "nttmart_orders_placed_total")).isEqualTo(placed + 1);
        assertThat(value(after, "nttmart_search_latency_seconds_count\\{[^}]*kind=\"search\",outcome=\"ok\""))
                .isGreaterThanOrEqualTo(searches + 1);
        assertThat(after).contains("nttmart_search_outbox_backlog", "nttmart_search_index_lag_seconds",
                "nttmart_mail_outbox_backlog", "nttmart_vaadin_sessions", "hikaricp_connections_active",
                "http_server_requests_seconds_bucket", "jvm_memory_used_bytes");
    }

    @Test
    void one_request_id_follows_an_order_from_checkout_to_the_outlets_queue() {
        String requestId = "checkout-" + UUID.randomUUID().toString().substring(0, 8);
        String cloth = fixtures.cloth(150_000, "Sikka:3");
        var placed = shop.postBody("/api/v1/orders", "application/json",
                order(lines(cloth, 1), pickup(outletOf("Sikka"))), "X-Request-Id", requestId);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.header("X-Request-Id")).isEqualTo(requestId);
        var order = placed.json();
        String number = order.get("number").asString();
        assertThat(jdbc.sql("select request_id from customer_order where number = :n").param("n", number)
                .query(String.class).single()).isEqualTo(requestId);

        pay(order, GOOD_CARD);
        awaitStatus(number, "PAID");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(linesOf(requestId))
                .anyMatch(m -> m.contains("Order " + number + " placed"))
                .anyMatch(m -> m.contains("Order " + number + " paid"))
                .anyMatch(m -> m.contains("Order " + number + " joined the queue of outlet")));
        // The payment came on the gateway's own request; its lines name that request too.
        assertThat(events().stream().filter(e -> e.getFormattedMessage().contains("Order " + number + " paid"))
                .map(e -> e.getMDCPropertyMap().get("via_request_id"))).allMatch(via -> via != null
                && !via.equals(requestId));
    }

    @Test
    void an_unsafe_request_id_is_replaced_by_one_of_the_shops_own() {
        var response = shop.postBody("/api/v1/orders", "application/json", "{}", "X-Request-Id",
                "x".repeat(200));
        assertThat(response.header("X-Request-Id")).matches("[0-9a-f]{16}");
        assertThat(shop.get("/api/v1/outlets").header("X-Request-Id")).matches("[0-9a-f]{16}");
    }

    private List<String> linesOf(String requestId) {
        return events().stream().filter(e -> requestId.equals(e.getMDCPropertyMap().get("request_id")))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** A copy of what was logged so far (the appender adds under its own lock). */
    private List<ILoggingEvent> events() {
        synchronized (logs) {
            return List.copyOf(logs.list);
        }
    }

    private String metrics() {
        var response = shop.getAs("/actuator/prometheus", "admin", "admin");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + "[^\\n]*? ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
