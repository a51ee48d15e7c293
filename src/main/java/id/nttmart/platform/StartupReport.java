package id.nttmart.platform;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs the cold start: from the JVM's start to a usable page, which is when the application is ready (after the
 * demo data and the search index are in place, since runners finish before the ready event).
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        var elapsed = Duration.ofMillis(System.currentTimeMillis() - jvmStart);
        String where = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? "http://localhost:" + web.getWebServer().getPort()
                : "(no web server)";
        log.info("NTT Mart online is ready at {}: cold start to a usable page took {}.{} s", where,
                elapsed.toSeconds(), String.format("%01d", elapsed.toMillisPart() / 100));
    }
}
