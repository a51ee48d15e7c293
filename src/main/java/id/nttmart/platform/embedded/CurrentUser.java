package id.nttmart.platform.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

/** Who this process runs as: PostgreSQL and Elasticsearch both refuse to run as root. */
final class CurrentUser {

    private CurrentUser() {}

    static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (Exception notLinux) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static void refuseRoot(String service) {
        if (isRoot()) {
            throw new EmbeddedServiceException(
                    "The embedded " + service + " cannot run as root, and this shop was started as root.",
                    "Start the shop as an ordinary user (for example: useradd -m shop && runuser -u shop -- ./mvnw"
                            + " spring-boot:run), or point it at your own services with SPRING_DATASOURCE_URL and"
                            + " NTTMART_ELASTICSEARCH_URL so that no embedded service starts.");
        }
    }
}
