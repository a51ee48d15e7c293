package id.nttmart.catalog;

import id.nttmart.inventory.Inventory;
import id.nttmart.platform.Rupiah;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/products/{sku}}: one listed product, read from PostgreSQL, with its stock per outlet. */
@RestController
class ProductController {

    private final Catalog catalog;
    private final Inventory inventory;
    private final Regions regions;

    ProductController(Catalog catalog, Inventory inventory, Regions regions) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.regions = regions;
    }

    record LicenceItem(String type, String number, @Nullable LocalDate expiresOn) {}

    record Availability(String outlet, String outletName, int available) {}

    record ProductItem(String sku, String url, String name, String nameEn, String description,
            String descriptionEn, String category, String program, long priceIdr, String price, int weightG,
            boolean alcohol, String producer, String producerKind, String origin, String regency, String regencySlug,
            String island, List<LicenceItem> licences, List<String> images, boolean inStock,
            List<Availability> availability) {}

    @GetMapping("/api/v1/products/{sku}")
    ResponseEntity<?> product(@PathVariable String sku) {
        var found = catalog.findListedBySku(sku);
        if (found.isEmpty()) {
            return ResponseEntity.status(404).body(Map.of("error", "not_found", "message",
                    "No listed product has the SKU " + sku + "."));
        }
        Product p = found.get();
        var regency = regions.regency(p.regencyId());
        Map<Long, Outlet> outlets = regions.outlets().stream().collect(Collectors.toMap(Outlet::id,
                Function.identity()));
        // Outlet by outlet, those holding some of it.
        var availability = inventory.availableByOutlet(List.of(p.id())).entrySet().stream()
                .filter(e -> e.getValue().getOrDefault(p.id(), 0) > 0 && outlets.containsKey(e.getKey()))
                .map(e -> new Availability(outlets.get(e.getKey()).code(), outlets.get(e.getKey()).name(),
                        e.getValue().get(p.id())))
                .toList();
        return ResponseEntity.ok(new ProductItem(p.sku(), p.path(), p.nameId(), p.nameEn(), p.descriptionId(),
                p.descriptionEn(), p.categoryCode(), p.program().name(), p.priceIdr(), Rupiah.format(p.priceIdr()),
                p.weightGrams(), p.alcohol(), p.producer().name(), p.producer().kind().name(), p.origin(),
                regency.name(), regency.slug(), regency.island(),
                p.licences().stream().map(l -> new LicenceItem(l.type().name(), l.number(), l.expiresOn())).toList(),
                IntStream.range(0, Math.max(1, p.imageCount())).mapToObj(p::imagePath).toList(),
                !availability.isEmpty(), availability));
    }
}
