package id.nttmart.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docker-compose.yml} is a valid Compose file (the Compose Specification's own JSON schema, since no
 * {@code docker compose config} runs here) and describes the deployment docs/deploy.md promises: a three-node
 * Elasticsearch cluster with a replica per shard, at least two shop replicas behind the only published port, health
 * checks everywhere, secrets only from the environment, data on named volumes.
 */
class ComposeFileTest {

    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|API_KEY|TOKEN).*");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?:(:?[-?])[^}]*)?}");

    private static Schema schema;
    private static Map<String, Object> compose;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ComposeFileTest.class.getResourceAsStream("/deploy/compose-spec.json")) {
            // The Compose schema still marks sub-schemas with draft-04's "id": read it as an annotation, as Compose does.
            var dialect = Dialect.builder(Dialects.getDraft201909()).keyword(new AnnotationKeyword("id")).build();
            schema = SchemaRegistry.withDialect(dialect).getSchema(in);
        }
        compose = ComposeFile.interpolated(ComposeVariables.TEST_SHOP);
    }

    @Test
    void the_file_is_valid_against_the_compose_specification_before_and_after_interpolation() {
        assertThat(validate(ComposeFile.raw())).as("schema errors in the file as written").isEmpty();
        assertThat(validate(compose)).as("schema errors after interpolation").isEmpty();
    }

    @Test
    void the_schema_check_does_catch_a_mistake() {
        var broken = ComposeFile.interpolated(ComposeVariables.TEST_SHOP);
        ComposeFile.section(broken, "services", "shop", "healthcheck").put("intervall", "10s");
        ComposeFile.section(broken, "services", "shop").put("ports", "8080:8080");

        assertThat(validate(broken)).extracting(Error::getInstanceLocation).map(String::valueOf)
                .anyMatch(location -> location.contains("healthcheck"))
                .anyMatch(location -> location.contains("ports"));
    }

    @Test
    void a_missing_required_secret_stops_compose_with_a_message_naming_it() {
        var withoutPassword = new HashMap<>(ComposeVariables.TEST_SHOP);
        withoutPassword.remove("POSTGRES_PASSWORD");
        assertThatThrownBy(() -> ComposeFile.interpolated(withoutPassword))
                .isInstanceOf(ComposeFile.MissingVariableException.class)
                .hasMessageContaining("POSTGRES_PASSWORD");

        var withoutPublicUrl = new HashMap<>(ComposeVariables.TEST_SHOP);
        withoutPublicUrl.put("NTTMART_PUBLIC_URL", "");
        assertThatThrownBy(() -> ComposeFile.interpolated(withoutPublicUrl))
                .hasMessageContaining("NTTMART_PUBLIC_URL");
    }

    @Test
    void three_elasticsearch_nodes_form_one_cluster_and_the_products_index_has_a_replica() {
        var nodes = servicesWithImage("docker.elastic.co/elasticsearch/elasticsearch:8.19.");
        assertThat(nodes).as("full-image Elasticsearch 8.19 services").hasSize(3);

        Set<String> clusterNames = new TreeSet<>();
        Set<String> dataVolumes = new TreeSet<>();
        for (String node : nodes) {
            var env = ComposeFile.environment(compose, node);
            clusterNames.add(env.get("cluster.name"));
            assertThat(env.get("node.name")).isEqualTo(node);
            assertThat(list(env.get("discovery.seed_hosts"))).as(node + " seed hosts").containsAll(others(nodes, node));
            assertThat(list(env.get("cluster.initial_master_nodes"))).as(node + " initial masters")
                    .containsExactlyInAnyOrderElementsOf(nodes);
            assertThat(env).doesNotContainKey("discovery.type");
            assertThat(env.get("bootstrap.memory_lock")).isEqualTo("true");
            assertThat(heap(env.get("ES_JAVA_OPTS"), "-Xms")).as(node + " heap").isEqualTo(heap(env.get("ES_JAVA_OPTS"), "-Xmx"));

            var ulimits = ComposeFile.section(compose, "services", node, "ulimits");
            assertThat(ComposeFile.section(ulimits, "memlock")).containsEntry("soft", -1).containsEntry("hard", -1);
            assertThat(((Number) ComposeFile.section(ulimits, "nofile").get("soft")).intValue()).isGreaterThanOrEqualTo(65535);

            var volume = namedVolumeAt(node, "/usr/share/elasticsearch/data");
            assertThat(volume).as(node + " data volume").isNotNull();
            dataVolumes.add(volume);
        }
        assertThat(clusterNames).as("cluster names").hasSize(1).doesNotContainNull();
        assertThat(dataVolumes).as("one data volume per node").hasSize(3);

        var shop = ComposeFile.environment(compose, "shop");
        assertThat(list(shop.get("NTTMART_ELASTICSEARCH_URL")))
                .containsExactlyInAnyOrderElementsOf(nodes.stream().map(n -> "http://" + n + ":9200").toList());
        int replicas = Integer.parseInt(shop.get("NTTMART_ELASTICSEARCH_REPLICAS"));
        assertThat(replicas).as("replicas: survive one node's loss, fit on the others").isBetween(1, nodes.size() - 1);
    }

    @Test
    void at_least_two_shop_replicas_run_the_production_profile_and_can_be_scaled() {
        var shop = ComposeFile.section(compose, "services", "shop");
        assertThat(((Number) ComposeFile.section(shop, "deploy").get("replicas")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(shop).as("container_name would forbid --scale").doesNotContainKey("container_name");
        assertThat(shop).as("replicas are reached through the load balancer only").doesNotContainKey("ports");

        var env = ComposeFile.environment(compose, "shop");
        assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "production")
                .containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/nttmart");
        assertThat(env.get("MANAGEMENT_SERVER_PORT")).isNotEqualTo(env.get("SERVER_PORT"));
        assertThat(String.join(" ", healthcheckTest("shop")))
                .contains("localhost:" + env.get("MANAGEMENT_SERVER_PORT") + "/actuator/health/readiness");

        Duration grace = Duration.parse("PT" + String.valueOf(shop.get("stop_grace_period")).toUpperCase());
        assertThat(grace).as("longer than Spring's 30 s graceful shutdown phase").isGreaterThan(Duration.ofSeconds(30));
        assertThat(ComposeFile.section(shop, "depends_on")).containsKeys("postgres", "es01", "es02", "es03");
    }

    @Test
    void every_service_has_a_health_check() {
        for (String service : ComposeFile.section(compose, "services").keySet()) {
            assertThat(healthcheckTest(service)).as(service + " health check").isNotEmpty();
        }
    }

    @Test
    void every_password_secret_and_key_comes_from_an_environment_variable() {
        var raw = ComposeFile.raw();
        var secrets = new ArrayList<String>();
        for (String service : ComposeFile.section(raw, "services").keySet()) {
            ComposeFile.environment(raw, service).forEach((name, value) -> {
                if (SECRET_NAME.matcher(name).matches()) {
                    secrets.add(service + "." + name);
                    assertThat(value).as(service + " " + name).matches(ENV_REFERENCE);
                }
            });
        }
        assertThat(secrets).contains("postgres.POSTGRES_PASSWORD", "shop.SPRING_DATASOURCE_PASSWORD",
                "shop.NTTMART_PAYMENT_SECRET_KEY", "shop.NTTMART_ELASTICSEARCH_API_KEY");
        assertThat(ComposeFile.text()).doesNotContain(ComposeVariables.TEST_SHOP.get("POSTGRES_PASSWORD"));
    }

    @Test
    void data_lives_on_named_volumes() {
        var declared = ComposeFile.section(compose, "volumes").keySet();
        assertThat(namedVolumeAt("postgres", "/var/lib/postgresql")).isIn(declared);
        for (String service : ComposeFile.section(compose, "services").keySet()) {
            for (String mount : mounts(service)) {
                String source = mount.split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/")) {
                    assertThat(source).as(service + " volume").isIn(declared);
                }
            }
        }
    }

    @Test
    void only_the_load_balancer_publishes_a_port_and_the_data_services_sit_on_an_internal_network() {
        var publishing = new TreeSet<String>();
        ComposeFile.section(compose, "services").forEach((name, definition) -> {
            if (((Map<?, ?>) definition).containsKey("ports")) {
                publishing.add(name);
            }
        });
        assertThat(publishing).containsExactly("haproxy");
        assertThat(mounts("haproxy")).contains("./deploy/haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");

        var networks = ComposeFile.section(compose, "networks");
        for (String service : List.of("postgres", "es01", "es02", "es03")) {
            @SuppressWarnings("unchecked")
            var joined = (List<String>) ComposeFile.section(compose, "services").entrySet().stream()
                    .filter(e -> e.getKey().equals(service)).map(e -> ((Map<?, ?>) e.getValue()).get("networks"))
                    .findFirst().orElseThrow();
            for (String network : joined) {
                assertThat(ComposeFile.section(networks, network)).as(service + " on " + network)
                        .containsEntry("internal", true);
            }
        }
    }

    private static List<Error> validate(Map<String, Object> document) {
        return schema.validate(JsonMapper.builder().build().valueToTree(document));
    }

    private static List<String> servicesWithImage(String prefix) {
        var result = new ArrayList<String>();
        ComposeFile.section(compose, "services").forEach((name, definition) -> {
            Object image = ((Map<?, ?>) definition).get("image");
            if (image != null && image.toString().startsWith(prefix)) {
                result.add(name);
            }
        });
        return result;
    }

    private static List<String> others(List<String> nodes, String node) {
        return nodes.stream().filter(n -> !n.equals(node)).toList();
    }

    private static List<String> list(String commaSeparated) {
        assertThat(commaSeparated).isNotBlank();
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }

    private static String heap(String javaOptions, String flag) {
        return Arrays.stream(javaOptions.split("\\s+")).filter(o -> o.startsWith(flag)).findFirst()
                .map(o -> o.substring(flag.length())).orElseThrow(() -> new AssertionError("no " + flag));
    }

    @SuppressWarnings("unchecked")
    private static List<String> mounts(String service) {
        Object volumes = ComposeFile.section(compose, "services", service).get("volumes");
        return volumes == null ? List.of() : (List<String>) volumes;
    }

    private static String namedVolumeAt(String service, String target) {
        return mounts(service).stream().map(m -> m.split(":")).filter(p -> p.length >= 2 && p[1].equals(target))
                .map(p -> p[0]).findFirst().orElse(null);
    }

    private static List<String> healthcheckTest(String service) {
        var definition = ComposeFile.section(compose, "services", service);
        if (!(definition.get("healthcheck") instanceof Map<?, ?> healthcheck) || healthcheck.get("test") == null) {
            return List.of();
        }
        return healthcheck.get("test") instanceof List<?> words ? words.stream().map(String::valueOf).toList()
                : List.of(healthcheck.get("test").toString());
    }
}
