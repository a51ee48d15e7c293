package id.nttmart.search;

import java.time.Instant;
import java.util.List;

/**
 * A listed product as the products index holds it (JSON fields in snake_case). The {@code t*} fields, spelling and
 * prefixes hold words the application analysed itself ({@link id.nttmart.search.analysis.TextAnalysis}).
 */
record ProductDocument(
        String sku,
        String skuSort,
        String slug,
        String nameId,
        String nameEn,
        String descriptionId,
        String descriptionEn,
        String category,
        String categoryNameId,
        String categoryNameEn,
        String program,
        String origin,
        String producer,
        String regency,
        String regencyName,
        String regencySeat,
        String island,
        long priceIdr,
        int weightG,
        List<String> licences,
        boolean alcohol,
        boolean inStock,
        Instant createdAt,
        String tNameId,
        String tNameEn,
        String tCategoryId,
        String tCategoryEn,
        String tDescriptionId,
        String tDescriptionEn,
        String tPlace,
        String tProducer,
        String spelling,
        String prefixes) {

    /** What a result list reads back of a document (the analysed fields stay in the index). */
    record Summary(String sku, String slug, String nameId, String nameEn, String category, String program,
            String regency, String regencyName, String island, long priceIdr, List<String> licences,
            boolean inStock) {

        static final List<String> FIELDS = List.of("sku", "slug", "name_id", "name_en", "category", "program",
                "regency", "regency_name", "island", "price_idr", "licences", "in_stock");
    }
}
