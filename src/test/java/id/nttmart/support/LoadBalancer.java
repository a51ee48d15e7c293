package id.nttmart.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real HAProxy (the Debian package, {@code /usr/sbin/haproxy}) in front of app instances, as a deployment puts
 * one: sticky sessions by an inserted {@code NTTNODE} cookie (Vaadin keeps a visitor's UI on one node), health
 * checks on the readiness probe, and {@code option redispatch} so that a visitor whose node is gone is sent to
 * another. Its configuration is written to a temporary folder; it runs as a child process until closed.
 */
public final class LoadBalancer implements AutoCloseable {

    public static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    public static final String COOKIE = "NTTNODE";

    private final Process process;
    private final Path folder;
    private final int port;

    private LoadBalancer(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    /**
     * Starts HAProxy on {@code port} in front of the named servers (name to port) and waits until it accepts
     * connections.
     */
    public static LoadBalancer startOn(int port, Map<String, Integer> servers) throws IOException {
        Path folder = Files.createTempDirectory("haproxy-");
        String backends = new LinkedHashMap<>(servers).entrySet().stream()
                .map(s -> "    server " + s.getKey() + " 127.0.0.1:" + s.getValue() + " check cookie " + s.getKey())
                .collect(Collectors.joining("\n"));
        Path config = folder.resolve("haproxy.cfg");
        Files.writeString(config, """
                global
                    maxconn 512
                defaults
                    mode http
                    option redispatch
                    retries 2
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout tunnel 60s
                frontend shop
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie %s insert indirect nocache
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server inter 500ms fall 2 rise 2
                %s
                """.formatted(port, COOKIE, backends));
        var process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("haproxy.log").toFile())
                .start();
        var balancer = new LoadBalancer(process, folder, port);
        try {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !process.isAlive() || listening(port));
        } catch (ConditionTimeoutException slow) {
            // Reported below with HAProxy's own words.
        }
        if (!process.isAlive() || !listening(port)) {
            String log = Files.readString(folder.resolve("haproxy.log"));
            balancer.close();
            throw new IllegalStateException("HAProxy did not start: " + log);
        }
        return balancer;
    }

    private static boolean listening(int port) {
        try (var ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    public int port() {
        return port;
    }

    /** What HAProxy wrote (health check changes: a server going DOWN), for a failing test's message. */
    public String log() {
        try {
            return Files.readString(folder.resolve("haproxy.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
