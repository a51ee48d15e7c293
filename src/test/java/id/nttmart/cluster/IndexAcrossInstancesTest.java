package id.nttmart.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.ProductEdits;
import id.nttmart.inventory.Inventory;
import id.nttmart.region.Regions;
import id.nttmart.support.AppInstances;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three instances change the same few products at once (stock counted to zero and received again, prices and names
 * edited), each with its outbox relay running. A reader watching the documents meanwhile never sees a product's
 * version go back, and at the end every document is what PostgreSQL holds, at a version above the product's newest
 * outbox entry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexAcrossInstancesTest {

    static final String DATABASE = "cluster_index";
    static final String ALIAS = "products-" + DATABASE;
    static final int CHANGES_PER_NODE = 30;

    final AppInstances nodes = new AppInstances(DATABASE);

    @BeforeAll
    void start() {
        nodes.start("node-a");
        nodes.start("node-b");
        nodes.start("node-c");
    }

    @AfterAll
    void stop() {
        nodes.close();
    }

    @Test
    void interleaved_changes_from_three_nodes_reach_each_document_in_order_and_end_at_the_database_state()
            throws Exception {
        var a = nodes.get("node-a");
        List<String> skus = List.of("IDX-1", "IDX-2", "IDX-3");
        ClusterFixtures.importRows(a, skus.stream().map(sku -> sku + ",Ikat Uji " + sku + ",Ikat Test " + sku
                + ",,,tenun,OVOP,Desa Uji,Manggarai,UMKM Uji,250000,400,,none,Manggarai:3").toArray(String[]::new));
        var catalog = a.getBean(Catalog.class);
        List<Long> products = skus.stream().map(s -> catalog.findBySku(s).orElseThrow().id()).toList();
        var regions = a.getBean(Regions.class);
        long outlet = regions.mainOutlet(regions.findByName("Manggarai").orElseThrow().id()).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> products.stream()
                .allMatch(p -> ClusterFixtures.document(ALIAS, p).isPresent()));

        Map<Long, Long> newestEntry = new ConcurrentHashMap<>();
        Map<Long, List<Long>> seenVersions = new ConcurrentHashMap<>();
        products.forEach(p -> seenVersions.put(p, new CopyOnWriteArrayList<>()));
        var changing = new AtomicBoolean(true);
        var sampler = CompletableFuture.runAsync(() -> {
            while (changing.get()) {
                for (long p : products) {
                    ClusterFixtures.document(ALIAS, p)
                            .ifPresent(d -> seenVersions.get(p).add(d.get("_version").asLong()));
                }
            }
        });

        var go = new CountDownLatch(1);
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        int seed = 0;
        for (var node : nodes.all()) {
            var random = new Random(++seed);
            writers.add(CompletableFuture.runAsync(() -> {
                JobsAcrossInstancesTest.awaitQuietly(go);
                for (int i = 0; i < CHANGES_PER_NODE; i++) {
                    long product = products.get(random.nextInt(products.size()));
                    change(node, outlet, product, random.nextInt(4), i, newestEntry);
                }
            }));
        }
        go.countDown();
        try {
            writers.forEach(CompletableFuture::join);
            var jdbc = a.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                    "select count(*) from search_outbox where product_id in (:ids)").param("ids", products)
                    .query(Integer.class).single() == 0);
        } finally {
            changing.set(false);
            sampler.join();
        }

        var available = a.getBean(Inventory.class).availableUnits(products);
        for (long p : products) {
            var versions = seenVersions.get(p);
            assertThat(versions).as("versions of product %d as a reader saw them", p).isSorted();
            var product = catalog.findByIds(List.of(p)).getFirst();
            var document = ClusterFixtures.document(ALIAS, p).orElseThrow();
            // Written after the product's newest outbox entry, under a version drawn later still.
            assertThat(document.get("_version").asLong()).as("version of %d", p).isGreaterThan(newestEntry.get(p));
            var source = document.get("_source");
            assertThat(source.get("price_idr").asLong()).isEqualTo(product.priceIdr());
            assertThat(source.get("name_id").asString()).isEqualTo(product.nameId());
            assertThat(source.get("in_stock").asBoolean()).isEqualTo(available.get(p) > 0);
        }
        assertThat(newestEntry).hasSize(3);
        assertThat(seenVersions.values().stream().mapToLong(v -> v.stream().distinct().count()).sum())
                .as("distinct versions seen: the reader watched the changes happen").isGreaterThan(6);
    }

    /** One change through the node's services; notes the outbox entry its transaction wrote, if any. */
    static void change(ConfigurableApplicationContext node, long outlet, long product, int kind, int step,
            Map<Long, Long> newestEntry) {
        var jdbc = node.getBean(JdbcClient.class);
        node.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            switch (kind) {
                case 0 -> node.getBean(Inventory.class).count(outlet, product, 0, "node test", "counted");
                case 1 -> node.getBean(Inventory.class).receive(outlet, product, 2, "node test", "delivery");
                default -> {
                    var edits = node.getBean(ProductEdits.class);
                    var p = node.getBean(Catalog.class).findByIds(List.of(product)).getFirst();
                    String name = kind == 2 ? p.nameId() : "Ikat Uji " + node.getId().hashCode() + "-" + step;
                    long price = kind == 2 ? 100_000 + step * 1_000 + (p.priceIdr() % 1_000) + 1 : p.priceIdr();
                    edits.update(p.id(), new ProductEdits.Details(name, p.nameEn(), p.descriptionId(),
                            p.descriptionEn(), p.categoryCode(), price));
                }
            }
            // Runs after the outbox's own before-commit write (registered later): the entry this transaction wrote.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    jdbc.sql("""
                                    select id from search_outbox
                                    where product_id = :p and xmin = pg_current_xact_id()::xid
                                    order by id desc limit 1""")
                            .param("p", product).query(Long.class).list().stream().findFirst()
                            .ifPresent(id -> newestEntry.merge(product, id, Math::max));
                }
            });
        });
    }
}
