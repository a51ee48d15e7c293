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
 * A real single-node Elasticsearch 8.19 running as a child process of this JVM, unpacked from the distribution
 * that Maven fetches. Starting is asynchronous (unpacking and booting take several seconds), so the rest of the
 * application starts meanwhile; {@link #awaitReady(Duration)} waits for it.
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
     * Starts a node in the background.
     *
     * @param distribution the Elasticsearch distribution zip
     * @param workDirectory where the node is unpacked and keeps its data and logs
     * @param httpPort the HTTP port, or 0 for a free one
     * @param heap the JVM heap, e.g. {@code 512m}
     * @param clean whether to drop the data of an earlier run
     */
    public static ElasticsearchNode start(Path distribution, Path workDirectory, int httpPort, String heap,
            boolean clean) {
        CurrentUser.refuseRoot("Elasticsearch");
        workDirectory = workDirectory.toAbsolutePath();
        if (!Files.isRegularFile(distribution)) {
            throw new EmbeddedServiceException(
                    "The Elasticsearch distribution was not found at " + distribution.toAbsolutePath() + ".",
                    "Start the shop with ./mvnw spring-boot:run (Maven fetches the distribution), or set"
                            + " NTTMART_ELASTICSEARCH_URL to use your own Elasticsearch.");
        }
        int port = FreePort.orFree(httpPort);
        Path home = workDirectory.resolve("home");
        Path data = workDirectory.resolve("data");
        Path work = workDirectory;
        var started = CompletableFuture.supplyAsync(() -> launch(distribution, work, home, data, port, heap, clean));
        return new ElasticsearchNode(home, port, started);
    }

    private static Process launch(Path distribution, Path workDirectory, Path home, Path data, int port, String heap,
            boolean clean) {
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
                    "-p", pidFile.toString(),
                    "-E", "cluster.name=nttmart-embedded",
                    "-E", "node.name=embedded",
                    "-E", "discovery.type=single-node",
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
