package id.nttmart.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch 8.19 node running as a child process of this JVM, unpacked from the distribution that Maven
 * fetches: the embedded default's single node, or (for tests of failover) a member of a small cluster on this
 * machine. Starting is asynchronous (unpacking and booting take several seconds), so the rest of the application
 * starts meanwhile; {@link #awaitReady(Duration)} waits for it.
 */
public final class ElasticsearchNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchNode.class);

    private final Path home;
    private final int httpPort;
    private final CompletableFuture<Process> process;

    private ElasticsearchNode(Path home, int httpPort, CompletableFuture<Process> process) {
        this.home = home;
        this.httpPort = httpPort;
        this.process = process;
    }

    /**
     * How a node joins a cluster of several on this machine.
     *
     * @param clusterName the cluster's name, the same for every member
     * @param nodeName this node's name, unique in the cluster
     * @param transportPort this node's transport port (the other members find it there)
     * @param seedHosts every member's {@code host:transportPort}
     * @param initialMasterNodes every master-eligible member's name, for the first election
     */
    public record ClusterMember(String clusterName, String nodeName, int transportPort, List<String> seedHosts,
            List<String> initialMasterNodes) {

        public ClusterMember {
            seedHosts = List.copyOf(seedHosts);
            initialMasterNodes = List.copyOf(initialMasterNodes);
        }

        List<String> settings() {
            return List.of("cluster.name=" + clusterName, "node.name=" + nodeName,
                    "transport.port=" + transportPort,
                    "discovery.seed_hosts=" + String.join(",", seedHosts),
                    "cluster.initial_master_nodes=" + String.join(",", initialMasterNodes));
        }
    }

    /**
     * Starts a single node in the background.
     *
     * @param distribution the Elasticsearch distribution zip
     * @param workDirectory where the node is unpacked and keeps its data and logs
     * @param httpPort the HTTP port, or 0 for a free one
     * @param heap the JVM heap, e.g. {@code 512m}
     * @param clean whether to drop the data of an earlier run
     */
    public static ElasticsearchNode start(Path distribution, Path workDirectory, int httpPort, String heap,
            boolean clean) {
        return startNode(distribution, workDirectory, httpPort, heap, clean, List.of("cluster.name=nttmart-embedded",
                "node.name=embedded", "discovery.type=single-node"));
    }

    /**
     * Starts a member of a cluster in the background. Each member has its own copy of the distribution, data and
     * logs under {@code workDirectory}; the cluster forms once enough members of {@code initialMasterNodes} run.
     *
     * @param httpPort the HTTP port, or 0 for a free one ({@link #url()} tells which)
     */
    public static ElasticsearchNode startClusterMember(Path distribution, Path workDirectory, ClusterMember member,
            int httpPort, String heap, boolean clean) {
        return startNode(distribution, workDirectory, httpPort, heap, clean, member.settings());
    }

    private static ElasticsearchNode startNode(Path distribution, Path workDirectory, int httpPort, String heap,
            boolean clean, List<String> settings) {
        CurrentUser.refuseRoot("Elasticsearch");
        Path work = workDirectory.toAbsolutePath();
        if (!Files.isRegularFile(distribution)) {
            throw new EmbeddedServiceException(
                    "The Elasticsearch distribution was not found at " + distribution.toAbsolutePath() + ".",
                    "Start the shop with ./mvnw spring-boot:run (Maven fetches the distribution), or set"
                            + " NTTMART_ELASTICSEARCH_URL to use your own Elasticsearch.");
        }
        int port = FreePort.orFree(httpPort);
        Path home = work.resolve("home");
        Path data = work.resolve("data");
        var started = CompletableFuture.supplyAsync(
                () -> launch(distribution, work, home, data, port, heap, clean, settings));
        return new ElasticsearchNode(home, port, started);
    }

    private static Process launch(Path distribution, Path workDirectory, Path home, Path data, int port, String heap,
            boolean clean, List<String> settings) {
        try {
            if (clean) {
                Zip.deleteTree(data);
            }
            Zip.unpackOnce(distribution, home);
            Path logs = Files.createDirectories(workDirectory.resolve("logs"));
            Files.createDirectories(data);
            Path pidFile = workDirectory.resolve("elasticsearch.pid");
            stopLeftover(pidFile);
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/elasticsearch").toString(),
                    "-p", pidFile.toString()));
            settings.forEach(setting -> command.addAll(List.of("-E", setting)));
            command.addAll(List.of(
                    "-E", "xpack.security.enabled=false",
                    "-E", "network.host=127.0.0.1",
                    "-E", "http.port=" + port,
                    "-E", "path.data=" + data,
                    "-E", "path.logs=" + logs,
                    "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
            var builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve("console.log").toFile());
            Map<String, String> env = builder.environment();
            env.put("ES_JAVA_HOME", System.getProperty("java.home"));
            env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap + " -XX:-HeapDumpOnOutOfMemoryError");
            env.remove("JAVA_TOOL_OPTIONS");
            Process process = builder.start();
            log.info("Embedded Elasticsearch starting on port {} (logs in {})", port, logs.toAbsolutePath());
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A node that an earlier run left behind (its JVM was killed) would hold the data folder's lock. */
    private static void stopLeftover(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).strip();
        Files.deleteIfExists(pidFile);
        try {
            ProcessHandle.of(Long.parseLong(pid))
                    .filter(p -> p.info().commandLine().orElse("").contains("elasticsearch"))
                    .ifPresent(p -> {
                        log.info("Stopping an Elasticsearch node left over from an earlier run (pid {})", pid);
                        p.destroy();
                        p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                    });
        } catch (NumberFormatException | java.util.concurrent.CompletionException ignored) {
            // nothing to stop
        }
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Blocks until the node answers with a yellow or green cluster, or fails with a clear message. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Process running;
        try {
            running = process.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw notStarted("it could not be unpacked or launched: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notStarted("interrupted", e);
        }
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var health = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() < deadline) {
            if (!running.isAlive()) {
                throw notStarted("the process ended with exit code " + running.exitValue() + "; " + lastLog(), null);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw notStarted("interrupted", e);
            }
            sleepQuietly();
        }
        throw notStarted("it did not answer within " + timeout.toSeconds() + " s; " + lastLog(), null);
    }

    private static void sleepQuietly() {
        try {
            TimeUnit.MILLISECONDS.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private EmbeddedServiceException notStarted(String why, Throwable cause) {
        return new EmbeddedServiceException(
                "The embedded Elasticsearch did not start: " + why,
                "Look at " + home.getParent().resolve("logs").toAbsolutePath() + ", or set NTTMART_ELASTICSEARCH_URL"
                        + " to use your own Elasticsearch 8.19.",
                cause);
    }

    private String lastLog() {
        try {
            List<String> lines = Files.readAllLines(home.getParent().resolve("logs/console.log"),
                    StandardCharsets.UTF_8);
            return "last log line: " + (lines.isEmpty() ? "(none)" : lines.getLast());
        } catch (IOException e) {
            return "no log";
        }
    }

    /**
     * Ends the node at once, as a crashed machine would: every process of it is killed (SIGKILL), nothing is
     * flushed or handed over. Returns when they have gone.
     */
    public void kill() {
        Process running = process.getNow(null);
        if (running == null) {
            process.cancel(true);
            return;
        }
        var all = new ArrayList<ProcessHandle>(running.descendants().toList());
        all.add(running.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(timeout -> p).join());
        log.info("Elasticsearch node on port {} killed", httpPort);
    }

    @Override
    public void close() {
        Process running = process.getNow(null);
        if (running == null) {
            process.cancel(true);
            return;
        }
        var children = running.descendants().toList();
        running.destroy();
        try {
            if (!running.waitFor(30, TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        log.info("Embedded Elasticsearch stopped");
    }
}
