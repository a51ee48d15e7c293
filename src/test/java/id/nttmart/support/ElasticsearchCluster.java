package id.nttmart.support;

import id.nttmart.platform.embedded.ElasticsearchNode;
import id.nttmart.platform.embedded.ElasticsearchNode.ClusterMember;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Elasticsearch cluster of several nodes on this machine, started from the distribution the tests use
 * (each node a child process with its own folder under {@code target/test-services/es-cluster/}), for tests of
 * what the shop does when nodes die. Closing it stops every node, including when the test failed; a JVM that ends
 * without closing it stops them too.
 */
public final class ElasticsearchCluster implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, ElasticsearchNode> nodes;
    private final List<String> killed = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread stopAtExit;

    private ElasticsearchCluster(Map<String, ElasticsearchNode> nodes) {
        this.nodes = nodes;
        this.stopAtExit = new Thread(() -> nodes.values().forEach(ElasticsearchNode::close), "es-cluster-shutdown");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Starts {@code size} master-eligible nodes named {@code es-1}, {@code es-2}... and waits for them. */
    public static ElasticsearchCluster start(int size, String heap) {
        var distribution = Path.of(System.getProperty("nttmart.elasticsearch.distribution",
                "target/elasticsearch/elasticsearch.zip"));
        List<String> names = IntStream.rangeClosed(1, size).mapToObj(i -> "es-" + i).toList();
        List<Integer> transportPorts = names.stream().map(n -> FreePorts.next()).toList();
        List<String> seeds = transportPorts.stream().map(p -> "127.0.0.1:" + p).toList();
        var nodes = new LinkedHashMap<String, ElasticsearchNode>();
        for (int i = 0; i < size; i++) {
            var member = new ClusterMember("nttmart-test-cluster", names.get(i), transportPorts.get(i), seeds, names);
            nodes.put(names.get(i), ElasticsearchNode.startClusterMember(distribution,
                    Path.of("target", "test-services", "es-cluster", names.get(i)), member, FreePorts.next(), heap, true));
        }
        var cluster = new ElasticsearchCluster(nodes);
        try {
            nodes.values().forEach(node -> node.awaitReady(Duration.ofMinutes(3)));
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Every node's URL, comma-separated, as {@code NTTMART_ELASTICSEARCH_URL} takes them. */
    public String urls() {
        return String.join(",", nodes.values().stream().map(ElasticsearchNode::url).toList());
    }

    public List<String> nodeNames() {
        return List.copyOf(nodes.keySet());
    }

    /** Kills the node at once, as a crashed machine. */
    public void kill(String name) {
        killed.add(name);
        nodes.get(name).kill();
    }

    /** Kills every node still running: the whole cluster is down. */
    public void killAll() {
        nodes.keySet().stream().filter(n -> !killed.contains(n)).toList().forEach(this::kill);
    }

    /** A GET to a node still running, answered with JSON. */
    public JsonNode get(String path) {
        return send(path, HttpRequest.newBuilder().GET());
    }

    /** A PUT of a JSON body to a node still running, answered with JSON. */
    public JsonNode put(String path, String json) {
        return send(path, HttpRequest.newBuilder().header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private JsonNode send(String path, HttpRequest.Builder request) {
        String node = nodes.keySet().stream().filter(n -> !killed.contains(n)).findFirst().orElseThrow();
        try {
            var response = http.send(request.uri(URI.create(nodes.get(node).url() + path))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        nodes.values().forEach(ElasticsearchNode::close);
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
