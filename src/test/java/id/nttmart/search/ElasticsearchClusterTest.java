package id.nttmart.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.nttmart.Application;
import id.nttmart.platform.embedded.EmbeddedPostgresServer;
import id.nttmart.support.Browsers;
import id.nttmart.support.Csv;
import id.nttmart.support.ElasticsearchCluster;
import id.nttmart.support.ShopClient;
import id.nttmart.support.TestServices;
import id.nttmart.support.TestServicesInitializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The shop against a real three-node Elasticsearch cluster, as the docker-compose deployment runs it: the products
 * index has a replica, the client spreads searches over every node, shoppers notice nothing when one node dies
 * (changes keep reaching the index), and only when the whole cluster is gone does search say it is briefly
 * unavailable. The steps build on each other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ElasticsearchClusterTest {

    static final int PRODUCTS = 12;
    static final String ADMIN = "admin-kluster";
    static final String ADMIN_PASSWORD = "sandi-kluster-2024";

    ElasticsearchCluster cluster;
    ConfigurableApplicationContext shop;
    ShopClient client;

    @BeforeAll
    void start() {
        cluster = ElasticsearchCluster.start(3, "256m");
        String database = TestServices.get().databaseUrl("escluster");
        shop = startShop(database);
        client = new ShopClient(((WebServerApplicationContext) shop).getWebServer().getPort());
        createAdministrator();
        var rows = IntStream.rangeClosed(1, PRODUCTS).mapToObj(i -> String.format("CL-%02d,Kopi Kluster Alor %d,"
                + "Alor Cluster Coffee %d,,,kopi,OVOP,Desa Uji,Alor,Kelompok Uji,120000,250,PIRT:P-2,none,Alor:5",
                i, i, i)).toArray(String[]::new);
        assertThat(client.importCsv(Csv.of(rows), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> client.search("kopi kluster").json().get("total").asLong() == PRODUCTS);
    }

    /** An instance of the shop on the given database, with every node of the cluster and one replica. */
    ConfigurableApplicationContext startShop(String database) {
        return new SpringApplicationBuilder(Application.class)
                .initializers(new TestServicesInitializer(), context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("es-cluster", Map.of(
                                "spring.datasource.url", database,
                                "spring.datasource.username", EmbeddedPostgresServer.USER,
                                "nttmart.elasticsearch.url", cluster.urls(),
                                "nttmart.elasticsearch.replicas", "1",
                                "nttmart.demo.enabled", "false",
                                "server.port", "0"))))
                .run();
    }

    /** A shop on its own database has no demo accounts: its first administrator is written as an operator would. */
    void createAdministrator() {
        var jdbc = shop.getBean(JdbcClient.class);
        long id = jdbc.sql("insert into app_user (username, password_hash, display_name) values (:u, :p, :d)"
                        + " on conflict (username) do update set password_hash = excluded.password_hash returning id")
                .param("u", ADMIN)
                .param("p", shop.getBean(PasswordEncoder.class).encode(ADMIN_PASSWORD))
                .param("d", "Administrator Kluster")
                .query(Long.class).single();
        jdbc.sql("insert into app_user_role (user_id, role) values (:id, 'ADMIN') on conflict do nothing")
                .param("id", id).update();
    }

    @AfterAll
    void stop() {
        try {
            if (shop != null) {
                shop.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    @Test
    @Order(1)
    void the_products_index_has_a_replica_and_the_cluster_is_green() {
        assertThat(replicas()).isEqualTo("1");
        assertThat(cluster.get("/_cluster/health/products?wait_for_status=green&timeout=60s").get("status")
                .asString()).isEqualTo("green");
        assertThat(cluster.get("/_cluster/health").get("number_of_nodes").asInt()).isEqualTo(3);
    }

    @Test
    @Order(2)
    void an_index_without_a_replica_gets_one_when_an_instance_starts() {
        String index = cluster.get("/_alias/products").propertyNames().iterator().next();
        cluster.put("/" + index + "/_settings", "{\"index\": {\"number_of_replicas\": 0}}");
        assertThat(replicas()).isEqualTo("0");

        try (var upgraded = startShop(TestServices.get().databaseUrl("escluster"))) {
            assertThat(replicas()).isEqualTo("1");
        }
        assertThat(cluster.get("/_alias/products").propertyNames()).containsExactly(index);
        assertThat(cluster.get("/_cluster/health/products?wait_for_status=green&timeout=60s").get("status")
                .asString()).isEqualTo("green");
    }

    String replicas() {
        JsonNode settings = cluster.get("/products/_settings");
        assertThat(settings.size()).isEqualTo(1);
        return settings.values().iterator().next().get("settings").get("index").get("number_of_replicas").asString();
    }

    @Test
    @Order(3)
    void searches_are_spread_over_every_node() {
        Map<String, Long> before = shopRequestsPerNode();
        for (int i = 0; i < 30; i++) {
            assertThat(client.search("kopi kluster").status()).isEqualTo(200);
        }
        Map<String, Long> after = shopRequestsPerNode();
        System.out.println("Elasticsearch requests per node for 30 searches: " + cluster.nodeNames().stream()
                .map(n -> n + "=" + (after.get(n) - before.getOrDefault(n, 0L))).toList());

        assertThat(after).containsOnlyKeys(cluster.nodeNames());
        for (String node : cluster.nodeNames()) {
            assertThat(after.get(node) - before.getOrDefault(node, 0L)).as("requests the shop sent to %s", node)
                    .isGreaterThanOrEqualTo(5);
        }
    }

    /**
     * Per node, the HTTP requests it received from the shop's Elasticsearch client: the node's HTTP client
     * statistics, without this test's own and the launcher's probes (the JDK's HTTP client).
     */
    Map<String, Long> shopRequestsPerNode() {
        var out = new HashMap<String, Long>();
        for (JsonNode node : cluster.get("/_nodes/stats/http").get("nodes")) {
            long requests = 0;
            for (JsonNode httpClient : node.get("http").get("clients")) {
                if (!httpClient.path("agent").asString("").startsWith("Java-http-client")) {
                    requests += httpClient.get("request_count").asLong();
                }
            }
            out.put(node.get("name").asString(), requests);
        }
        return out;
    }

    @Test
    @Order(4)
    void when_the_node_holding_the_primary_dies_every_search_still_answers_and_changes_still_arrive() {
        String primaryNode = null;
        for (JsonNode shard : cluster.get("/_cat/shards/products?format=json&h=prirep,node,state")) {
            if (shard.get("prirep").asString().equals("p")) {
                primaryNode = shard.get("node").asString();
            }
        }
        assertThat(primaryNode).isNotNull();

        var statuses = new ArrayList<Integer>();
        var totals = new ArrayList<Long>();
        CompletableFuture<Void> kill = null;
        for (int i = 0; i < 200; i++) {
            if (i == 20) {
                String victim = primaryNode;
                kill = CompletableFuture.runAsync(() -> cluster.kill(victim));
            }
            var response = client.search("kopi kluster");
            statuses.add(response.status());
            totals.add(response.status() == 200 ? response.json().get("total").asLong() : -1);
        }
        kill.join();

        assertThat(statuses).hasSize(200).containsOnly(200);
        assertThat(totals).containsOnly((long) PRODUCTS);
        assertThat(cluster.get("/_cluster/health").get("number_of_nodes").asInt()).isEqualTo(2);
        // The node stays ready: the cluster lost a node, not its data.
        var readiness = client.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("components").get("elasticsearch").get("status").asString()).isEqualTo("UP");

        var renamed = client.importCsv(Csv.of("CL-01,Kopi Kluster Sesudah Padam,Coffee After The Outage,,,kopi,OVOP,"
                + "Desa Uji,Alor,Kelompok Uji,125000,250,PIRT:P-2,none,Alor:5"), ADMIN, ADMIN_PASSWORD);
        assertThat(renamed.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            var found = client.search("Sesudah Padam").json();
            assertThat(found.get("total").asLong()).isEqualTo(1);
            assertThat(found.get("items").get(0).get("sku").asString()).isEqualTo("CL-01");
            assertThat(found.get("items").get(0).get("price_idr").asLong()).isEqualTo(125000);
        });
    }

    @Test
    @Order(5)
    void with_the_whole_cluster_down_search_says_it_is_briefly_unavailable() {
        cluster.killAll();

        var response = client.search("kopi kluster");
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("10");
        assertThat(response.json().get("error").asString()).isEqualTo("search_unavailable");
        assertThat(response.json().get("message").asString()).contains("briefly unavailable");
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("at id.nttmart");
        // The node still sells (browsing, cart, checkout need only PostgreSQL), so the load balancer keeps it:
        // readiness answers 200 and says search is degraded.
        var readiness = client.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(readiness.json().get("components").get("elasticsearch").get("status").asString())
                .isEqualTo("DEGRADED");
        assertThat(readiness.json().get("components").get("db").get("status").asString()).isEqualTo("UP");

        var page = Browsers.phonePage(800);
        try {
            page.navigate("http://localhost:" + ((WebServerApplicationContext) shop).getWebServer().getPort()
                    + "/search?q=kopi");
            assertThat(page.locator(".unavailable")).containsText("Pencarian sedang tidak tersedia");
        } finally {
            page.close();
        }
    }
}
