package id.nttmart.search;

/** One product in the results, as much as a results list shows. */
public record SearchHit(
        String sku,
        String nameId,
        String nameEn,
        String path,
        String imagePath,
        long priceIdr,
        String regencyName,
        String island,
        String category,
        String program,
        String producer,
        boolean inStock) {}
