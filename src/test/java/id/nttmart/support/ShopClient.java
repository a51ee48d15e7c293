package id.nttmart.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running shop over HTTP, as an integrator's script would. */
public final class ShopClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ShopClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    /** A response with a binary body, such as a picture. */
    public record Bytes(int status, String contentType, byte[] body) {}

    public Bytes getBytes(String path) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET as the given user (HTTP Basic), as an administrator's script would. */
    public Response getAs(String path, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + Base64
                .getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8))).GET());
    }

    public Response search(String q) {
        return get("/api/v1/products?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    public Response importCsv(String csv, String username, String password) {
        var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/products/import"))
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    public Response importCsvAsAdmin(String csv) {
        return importCsv(csv, "admin", "admin");
    }

    /** A POST without a body, as the given user (or anonymously when {@code username} is null). */
    public Response post(String path, String username, String password) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody());
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    /** A POST of a JSON body, anonymously, as an integrator's script would send it. */
    public Response postJson(String path, String json) {
        return postBody(path, "application/json", json);
    }

    /** An anonymous API order of one unit of the product for pickup at the outlet (code), as a buyer places it. */
    public Response orderForPickup(String sku, String outletCode) {
        return postJson("/api/v1/orders", """
                {"lines":[{"sku":"%s","qty":1}],"delivery":{"type":"pickup","outlet":"%s"},
                 "buyer":{"name":"Maria Goreti","email":"maria@example.com","phone":"081234567890"},
                 "lang":"id"}""".formatted(sku, outletCode));
    }

    /** A POST of any body with the given content type and extra headers (name, value, name, value...). */
    public Response postBody(String path, String contentType, String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A GET of an absolute URL or a path of the shop. */
    public Response open(String urlOrPath) {
        return send(HttpRequest.newBuilder(URI.create(urlOrPath.startsWith("http") ? urlOrPath : base + urlOrPath))
                .GET());
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
