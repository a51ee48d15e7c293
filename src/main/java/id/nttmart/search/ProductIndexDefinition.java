package id.nttmart.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The products index definition in force: a versioned file in {@code search-index/products/}. A new version means
 * a new file and a new number here; the shop then rebuilds the index behind the alias on its next start. Index names
 * also carry the fingerprint of the synonyms the documents were analysed with, so a curator's change of the
 * synonyms file rebuilds the index too. The number of replicas is the deployment's (one node or a cluster), not the
 * definition's: it replaces the file's.
 */
final class ProductIndexDefinition {

    static final int CURRENT = 2;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private ProductIndexDefinition() {}

    static String prefix(String alias, String synonymsFingerprint) {
        return alias + "-v" + CURRENT + "-" + synonymsFingerprint + "-";
    }

    static String newIndexName(String alias, String synonymsFingerprint, Clock clock) {
        return prefix(alias, synonymsFingerprint) + STAMP.format(clock.instant());
    }

    /** The definition with {@code number_of_replicas} set to the deployment's. */
    static InputStream open(int replicas) {
        try (InputStream in = open()) {
            var mapper = JsonMapper.builder().build();
            var definition = (ObjectNode) mapper.readTree(in);
            ((ObjectNode) definition.get("settings").get("index")).put("number_of_replicas", replicas);
            return new ByteArrayInputStream(mapper.writeValueAsBytes(definition));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open() {
        String path = "/search-index/products/v" + CURRENT + ".json";
        InputStream in = ProductIndexDefinition.class.getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Index definition " + path + " is not on the classpath"));
        }
        return in;
    }
}
