package id.nttmart.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import id.nttmart.catalog.Catalog;
import id.nttmart.search.analysis.TextAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The products index behind its alias: full rebuilds (a new index, then an atomic alias swap) and incremental
 * writes. Writes carry an external version so that an older state never overwrites a newer one.
 */
@Component
class ProductIndex {

    private static final Logger log = LoggerFactory.getLogger(ProductIndex.class);
    private static final int PAGE = 500;
    /** Rebuilds write with the lowest version, so any later incremental write wins. */
    private static final long REBUILD_VERSION = 0;

    private final ElasticsearchClient client;
    private final ProductDocuments documents;
    private final Catalog catalog;
    private final String alias;
    private final String synonyms;
    private final int replicas;
    private final Clock clock;

    ProductIndex(ElasticsearchClient client, ProductDocuments documents, Catalog catalog,
            SearchProperties properties, TextAnalysis analysis) {
        this.client = client;
        this.documents = documents;
        this.catalog = catalog;
        this.alias = properties.alias();
        this.synonyms = analysis.fingerprint();
        this.replicas = properties.replicas();
        this.clock = Clock.systemUTC();
    }

    String alias() {
        return alias;
    }

    /** Whether the alias exists and points at an index of the current definition holding every listed product. */
    boolean isCurrent() throws IOException {
        Set<String> indices = indicesBehindAlias();
        if (indices.size() != 1 || !indices.iterator().next().startsWith(ProductIndexDefinition.prefix(alias, synonyms))) {
            return false;
        }
        client.indices().refresh(r -> r.index(alias));
        return client.count(c -> c.index(alias)).count() == catalog.countListed();
    }

    private Set<String> indicesBehindAlias() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return Set.of();
        }
        return client.indices().getAlias(a -> a.name(alias)).result().keySet();
    }

    /**
     * Gives the index behind the alias the configured number of replicas when it has another (a dynamic setting:
     * a single node's index moved to a cluster gets its replica without a rebuild).
     */
    void ensureReplicas() throws IOException {
        for (var entry : client.indices().getSettings(g -> g.index(alias)).result().entrySet()) {
            var settings = entry.getValue().settings();
            String current = settings == null || settings.index() == null ? null
                    : settings.index().numberOfReplicas();
            if (!Integer.toString(replicas).equals(current)) {
                client.indices().putSettings(p -> p.index(entry.getKey())
                        .settings(s -> s.numberOfReplicas(Integer.toString(replicas))));
                log.info("Search index {}: replicas changed from {} to {}", entry.getKey(), current, replicas);
            }
        }
    }

    /** Builds a new index from PostgreSQL and swaps the alias to it in one step; returns the documents indexed. */
    long rebuild() throws IOException {
        long started = System.nanoTime();
        String index = ProductIndexDefinition.newIndexName(alias, synonyms, clock);
        try (InputStream definition = ProductIndexDefinition.open(replicas)) {
            client.indices().create(c -> c.index(index).withJson(definition));
        }
        long count = 0;
        long after = 0;
        while (true) {
            List<Long> ids = catalog.listedIdsAfter(after, PAGE);
            if (ids.isEmpty()) {
                break;
            }
            var batch = documents.listed(ids);
            write(index, batch);
            count += batch.size();
            after = ids.getLast();
        }
        client.indices().refresh(r -> r.index(index));
        Set<String> old = indicesBehindAlias();
        client.indices().updateAliases(u -> {
            old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
            return u.actions(a -> a.add(ad -> ad.index(index).alias(alias)));
        });
        for (String o : old) {
            client.indices().delete(d -> d.index(o));
        }
        // Indices of earlier, failed rebuilds that never got the alias.
        var strays = client.indices().get(g -> g.index(alias + "-v*").ignoreUnavailable(true)).result().keySet()
                .stream().filter(name -> !name.equals(index)).toList();
        if (!strays.isEmpty()) {
            client.indices().delete(d -> d.index(strays));
        }
        log.info("Search index {} built with {} products in {} ms; alias {} swapped", index, count,
                (System.nanoTime() - started) / 1_000_000, alias);
        return count;
    }

    /**
     * Makes the index reflect the given products: listed ones are written, the others removed.
     *
     * @param versions per product, the version of this write (drawn by the relay under the product's lock)
     */
    void apply(Collection<Long> productIds, Map<Long, Long> versions) throws IOException {
        var listed = documents.listed(productIds);
        Set<Long> listedIds = listed.stream().map(ProductDocuments.Indexable::productId)
                .collect(java.util.stream.Collectors.toSet());
        var gone = productIds.stream().filter(id -> !listedIds.contains(id)).toList();
        var request = new BulkRequest.Builder().index(alias);
        boolean any = false;
        for (var doc : listed) {
            request.operations(op -> op.index(i -> i.id(Long.toString(doc.productId())).document(doc.document())
                    .versionType(VersionType.ExternalGte).version(versions.get(doc.productId()))));
            any = true;
        }
        for (long id : gone) {
            request.operations(op -> op.delete(d -> d.id(Long.toString(id))
                    .versionType(VersionType.ExternalGte).version(versions.get(id))));
            any = true;
        }
        if (any) {
            failOnErrors(client.bulk(request.build()).items());
        }
    }

    private void write(String index, List<ProductDocuments.Indexable> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        var request = new BulkRequest.Builder().index(index);
        for (var doc : batch) {
            request.operations(op -> op.index(i -> i.id(Long.toString(doc.productId())).document(doc.document())
                    .versionType(VersionType.ExternalGte).version(REBUILD_VERSION)));
        }
        failOnErrors(client.bulk(request.build()).items());
    }

    private static void failOnErrors(List<BulkResponseItem> items) {
        var failures = items.stream()
                .filter(item -> item.error() != null)
                // A newer version is already there: this write is stale, which is what versioning is for.
                .filter(item -> !"version_conflict_engine_exception".equals(item.error().type()))
                // Removing what is not there is done.
                .filter(item -> item.status() != 404)
                .toList();
        if (!failures.isEmpty()) {
            var first = failures.getFirst().error();
            throw new UncheckedIOException(new IOException(failures.size() + " index writes failed, first: "
                    + first.type() + ": " + first.reason()));
        }
    }
}
