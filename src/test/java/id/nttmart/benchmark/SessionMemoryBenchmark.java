package id.nttmart.benchmark;

import id.nttmart.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * What a browsing visitor costs the server: N visitors, each a fresh headless Chromium context (its own cookies, so
 * its own HTTP and Vaadin session), load the home page, a search results page and a product page as a browser does
 * (the HTML, then the Vaadin client's init and UIDL requests that create and fill the UI), and leave without
 * logging out, as shoppers do. The live heap is taken before and after (repeated full collections, then the class
 * histogram of live objects), and once more after expiring exactly those visitors' sessions: what that frees, over
 * N, is the heap a session retains (growth over N also counts warm caches and worker threads); the classes that grew
 * most say where it goes. Target: under 150 KB. Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=SessionMemoryBenchmark} ({@code -Dbenchmark.visitors=} to change N);
 * figures go to the console and {@code target/benchmarks/session-memory.md}.
 */
@Tag("benchmark")
@IntegrationTest
class SessionMemoryBenchmark {

    static final int VISITORS = Integer.getInteger("benchmark.visitors", 200);
    static final int BROWSERS = 3;
    static final int WARM_UP_VISITORS = 6;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Test
    void measure() throws Exception {
        var visitors = new BrowsingVisitors(port, BROWSERS);
        List<String> products = visitors.productPaths();
        visitors.visitAll(WARM_UP_VISITORS, products);
        var before = SessionMemoryHeap.take();
        int sessionsBefore = context().getManager().getActiveSessions();
        Set<String> earlier = Arrays.stream(context().getManager().findSessions()).map(Session::getId)
                .collect(Collectors.toSet());

        long started = System.nanoTime();
        int failed = visitors.visitAll(VISITORS, products);
        double seconds = (System.nanoTime() - started) / 1e9;

        var after = SessionMemoryHeap.take();
        int sessionsAfter = context().getManager().getActiveSessions();
        int newSessions = sessionsAfter - sessionsBefore;
        // Expire exactly the visitors' sessions: what that frees is what they retained.
        Arrays.stream(context().getManager().findSessions()).filter(x -> !earlier.contains(x.getId()))
                .forEach(Session::expire);
        var expired = SessionMemoryHeap.take();
        var report = new StringBuilder("# Retained heap per browsing session\n\n");
        report.append(("%d visitors (home, search results, product page; %d Chromium browsers in parallel) in %.0f"
                + " s, %d page loads without a Vaadin UI%n%n").formatted(VISITORS, BROWSERS, seconds, failed));
        report.append("| | before | after | per new session |\n| --- | --- | --- | --- |\n");
        report.append("| live heap, class histogram (KB) | %,d | %,d | **%.1f KB** |%n".formatted(
                before.histogramBytes() / 1024, after.histogramBytes() / 1024,
                (after.histogramBytes() - before.histogramBytes()) / 1024.0 / newSessions));
        report.append("| **freed when the new sessions expire** (histogram, KB) | | %,d | **%.1f KB** |%n".formatted(
                expired.histogramBytes() / 1024, (after.histogramBytes() - expired.histogramBytes()) / 1024.0
                        / newSessions));
        report.append("| used heap after 4 x System.gc() (KB) | %,d | %,d | %.1f KB |%n".formatted(
                before.usedAfterGc() / 1024, after.usedAfterGc() / 1024,
                (after.usedAfterGc() - before.usedAfterGc()) / 1024.0 / newSessions));
        report.append("| HTTP sessions (Tomcat manager) | %d | %d | |%n".formatted(sessionsBefore, sessionsAfter));
        for (String type : List.of("org.apache.catalina.session.StandardSession",
                "com.vaadin.flow.spring.SpringVaadinSession", "com.vaadin.flow.server.VaadinSession",
                "com.vaadin.flow.component.UI")) {
            report.append("| live %s (after expiry: %d) | %d | %d | %.2f |%n".formatted(type,
                    expired.instances(type), before.instances(type), after.instances(type),
                    (after.instances(type) - before.instances(type)) / (double) newSessions));
        }
        report.append("| HTTP sessions after expiry (Tomcat manager) | | %d | |%n".formatted(
                context().getManager().getActiveSessions()));
        report.append("\nClasses that grew most, per new session:\n\n| class | instances | bytes |\n| --- | --- | --- |\n");
        for (var e : after.growthSince(before, 20)) {
            report.append("| %s | %.1f | %,.0f |%n".formatted(e.getKey(), e.getValue()[0] / (double) newSessions,
                    e.getValue()[1] / (double) newSessions));
        }
        report.append(("\nIdle sessions: server.servlet.session.timeout=%s (Tomcat: %d min),"
                + " vaadin.closeIdleSessions=%s, vaadin.heartbeatInterval=%s s%n").formatted(
                environment.getProperty("server.servlet.session.timeout"), context().getSessionTimeout(),
                environment.getProperty("vaadin.closeIdleSessions", "false (default)"),
                environment.getProperty("vaadin.heartbeatInterval", "300 (default)")));
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/session-memory.md"), report);
    }

    private Context context() {
        return BrowsingVisitors.tomcatContext(context);
    }
}
