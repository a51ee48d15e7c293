package id.nttmart.search;

import java.time.Instant;
import java.util.List;

/** A listed product as the products index holds it (JSON fields in snake_case). */
public record ProductDocument(
        String sku,
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
        int availableUnits,
        boolean inStock,
        Instant createdAt) {}
