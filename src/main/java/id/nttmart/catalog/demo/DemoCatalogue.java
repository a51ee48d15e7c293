package id.nttmart.catalog.demo;

import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.importing.CatalogueImport;
import id.nttmart.platform.EmbeddedDefault;
import java.io.StringReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty shop with the demo catalogue (embedded default only), through the same import that outlet staff
 * and scripts use.
 */
@Component
@Conditional(EmbeddedDefault.OnDemoData.class)
@Order(2)
class DemoCatalogue implements ApplicationRunner {

    static final int PRODUCTS = 450;
    static final long SEED = 2026;

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    private final Catalog catalog;
    private final CatalogueImport catalogueImport;

    DemoCatalogue(Catalog catalog, CatalogueImport catalogueImport) {
        this.catalog = catalog;
        this.catalogueImport = catalogueImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (catalog.countListed() > 0) {
            return;
        }
        long started = System.nanoTime();
        String csv = CatalogueGenerator.fromClasspath().generate(PRODUCTS, SEED);
        var report = catalogueImport.importCsv(new StringReader(csv));
        log.info("Demo catalogue: {} products imported ({} rejected) in {} ms", report.created(), report.rejected(),
                (System.nanoTime() - started) / 1_000_000);
        report.errors().stream().limit(5).forEach(e -> log.warn("Demo catalogue line {}: {}", e.line(), e.reason()));
    }
}
