package id.nttmart.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The load balancer's configuration ({@code deploy/haproxy/haproxy.cfg}) is accepted by HAProxy itself
 * ({@code haproxy -c}) and matches the compose file: it sends visitors to the {@code shop} service's port, keeps
 * each visitor on one replica, moves them when that replica dies, and checks readiness on the management port.
 */
class HaproxyConfigTest {

    private static final Path CONFIG = Path.of("deploy", "haproxy", "haproxy.cfg");

    @Test
    void haproxy_accepts_the_configuration() throws Exception {
        var haproxy = haproxy();
        var process = new ProcessBuilder(haproxy.toString(), "-c", "-f", CONFIG.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("haproxy -c finished").isTrue();
        assertThat(process.exitValue()).as("haproxy -c said:%n%s", output).isZero();
        assertThat(output).as("haproxy -c warnings").doesNotContainIgnoringCase("warning");
    }

    @Test
    void the_backend_is_the_scalable_shop_service_with_sticky_sessions_and_readiness_checks() throws IOException {
        List<String> lines = directives();
        var shop = ComposeFile.environment(ComposeFile.interpolated(ComposeVariables.TEST_SHOP), "shop");

        Matcher template = find(lines, "server-template \\S+ (\\d+) (\\S+):(\\d+)");
        assertThat(template.group(2)).as("the compose service the replicas are found under").isEqualTo("shop");
        assertThat(template.group(3)).isEqualTo(shop.get("SERVER_PORT"));
        assertThat(Integer.parseInt(template.group(1))).as("slots for --scale").isGreaterThanOrEqualTo(4);

        String defaults = find(lines, "default-server .*").group();
        assertThat(defaults).contains("check port " + shop.get("MANAGEMENT_SERVER_PORT"))
                .contains("resolvers docker").contains("init-addr none");
        assertThat(find(lines, "http-check send .*").group()).contains("uri /actuator/health/readiness");
        find(lines, "http-check expect status 200");
        find(lines, "nameserver \\S+ 127\\.0\\.0\\.11:53");

        assertThat(find(lines, "cookie \\S+ .*").group()).contains("insert").contains("httponly").contains("dynamic");
        find(lines, "option redispatch");
        find(lines, "option forwardfor");
        find(lines, "http-request set-header X-Forwarded-Proto .*");
        find(lines, "timeout tunnel \\S+");
        find(lines, "http-request deny .*path_beg /actuator.*");
    }

    private static List<String> directives() throws IOException {
        var result = new ArrayList<String>();
        for (String line : Files.readAllLines(CONFIG)) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                result.add(stripped);
            }
        }
        return result;
    }

    private static Matcher find(List<String> lines, String regex) {
        var pattern = Pattern.compile(regex);
        for (String line : lines) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.matches()) {
                return matcher;
            }
        }
        throw new AssertionError(CONFIG + " has no line matching " + regex);
    }

    private static Path haproxy() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new AssertionError("HAProxy is not installed, so deploy/haproxy/haproxy.cfg cannot be checked: "
                + "install it (Debian: apt-get install haproxy; .ci/run does) and run the tests again");
    }
}
