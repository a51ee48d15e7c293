package id.nttmart.curation;

import id.nttmart.catalog.ProductEdits;
import id.nttmart.catalog.ProductStatus;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cleans up after the curation tests: their own products are delisted through the catalogue (so the search index
 * forgets them and other tests count the same listed products as before) and their collections deleted.
 */
final class CurationFixtures {

    private CurationFixtures() {}

    static void delistAll(JdbcClient jdbc, ProductEdits edits, TransactionTemplate tx, String skuPrefix) {
        tx.executeWithoutResult(t -> {
            List<Long> ids = jdbc.sql("select id from product where sku like :prefix and status = 'LISTED'")
                    .param("prefix", skuPrefix + "%").query(Long.class).list();
            ids.forEach(id -> edits.setStatus(id, ProductStatus.DELISTED));
        });
    }

    static void deleteCollections(JdbcClient jdbc, String slugPrefix) {
        jdbc.sql("delete from featured_collection where slug like :prefix").param("prefix", slugPrefix + "%")
                .update();
    }
}
