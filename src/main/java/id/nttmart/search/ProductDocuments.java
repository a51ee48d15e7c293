package id.nttmart.search;

import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.Licence;
import id.nttmart.catalog.Product;
import id.nttmart.catalog.ProductStatus;
import id.nttmart.catalog.RichText;
import id.nttmart.inventory.Inventory;
import id.nttmart.region.Regions;
import id.nttmart.search.analysis.TextAnalysis;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds index documents from PostgreSQL, the source of truth. */
@Component
class ProductDocuments {

    /** A product to index (with the version that orders writes) or to remove. */
    record Indexable(long productId, long version, ProductDocument document) {}

    private final Catalog catalog;
    private final Inventory inventory;
    private final Regions regions;
    private final TextAnalysis analysis;

    ProductDocuments(Catalog catalog, Inventory inventory, Regions regions, TextAnalysis analysis) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.regions = regions;
        this.analysis = analysis;
    }

    /** Documents of the given products that are listed; those not listed (or gone) are simply absent. */
    @Transactional(readOnly = true)
    List<Indexable> listed(Collection<Long> productIds) {
        List<Product> products = catalog.findByIds(productIds).stream()
                .filter(p -> p.status() == ProductStatus.LISTED)
                .toList();
        Map<Long, Integer> available = inventory.availableUnits(products.stream().map(Product::id).toList());
        return products.stream()
                .map(p -> new Indexable(p.id(), p.version(), document(p, available.getOrDefault(p.id(), 0))))
                .toList();
    }

    private ProductDocument document(Product p, int availableUnits) {
        var regency = regions.regency(p.regencyId());
        var category = catalog.category(p.categoryCode()).orElseThrow();
        String places = String.join(" ", regency.name(), regency.seat(), regency.island(), p.origin());
        String producer = p.producer().name();
        return new ProductDocument(p.sku(), p.sku(), p.slug(), p.nameId(), p.nameEn(), p.descriptionId(),
                p.descriptionEn(), category.code(), category.nameId(), category.nameEn(), p.program().name(),
                p.origin(), producer, regency.slug(), regency.name(), regency.seat(), regency.island(), p.priceIdr(),
                p.weightGrams(), p.licences().stream().map(Licence::type).map(Enum::name).distinct().toList(),
                p.alcohol(), availableUnits > 0, p.createdAt(),
                analysis.indonesian(p.nameId()), analysis.english(p.nameEn()),
                analysis.indonesian(category.nameId()), analysis.english(category.nameEn()),
                analysis.indonesian(RichText.plainText(p.descriptionId())),
                analysis.english(RichText.plainText(p.descriptionEn())),
                analysis.names(places), analysis.names(producer),
                analysis.spelling(String.join(" ", p.nameId(), p.nameEn(), category.nameId(), category.nameEn(),
                        places, producer)),
                analysis.prefixes(p.nameId() + " " + p.nameEn()));
    }
}
