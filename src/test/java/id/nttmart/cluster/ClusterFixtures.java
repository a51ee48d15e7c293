package id.nttmart.cluster;

import id.nttmart.catalog.importing.CatalogueImport;
import id.nttmart.support.Csv;
import id.nttmart.support.TestServices;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Products for the cluster tests, and a look at their search documents straight in Elasticsearch. */
final class ClusterFixtures {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClusterFixtures() {}

    /** Imports catalogue rows (see {@link Csv}) through the instance's catalogue import. */
    static void importRows(ApplicationContext instance, String... rows) {
        var report = instance.getBean(CatalogueImport.class).importCsv(new StringReader(Csv.of(rows)));
        if (!report.errors().isEmpty()) {
            throw new IllegalStateException("import refused: " + report.errors());
        }
    }

    /** A product's document in the index behind {@code alias} with its {@code _version}, if there is one. */
    static Optional<JsonNode> document(String alias, long productId) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(TestServices.get().elasticsearchUrl() + "/"
                    + alias + "/_doc/" + productId)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Elasticsearch answered " + response.statusCode() + ": "
                        + response.body());
            }
            return Optional.of(JSON.readTree(response.body()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
