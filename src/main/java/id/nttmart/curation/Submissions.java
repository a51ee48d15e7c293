package id.nttmart.curation;

import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.ImportReport;
import id.nttmart.catalog.ImportRules;
import id.nttmart.catalog.ProductStatus;
import id.nttmart.catalog.RowImport;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;
import id.nttmart.security.BackOfficeAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Outlet staff submit a new or changed product by a form: checked like a row of the catalogue import and written
 * as {@code PENDING_REVIEW}, only for the regencies of their outlets. The CSV import does the same for staff.
 */
@Service
@PreAuthorize("hasAnyRole('OUTLET_STAFF', 'ADMIN')")
public class Submissions {

    private final RowImport rowImport;
    private final Catalog catalog;
    private final BackOfficeAccess access;
    private final Regions regions;

    Submissions(RowImport rowImport, Catalog catalog, BackOfficeAccess access, Regions regions) {
        this.rowImport = rowImport;
        this.catalog = catalog;
        this.access = access;
        this.regions = regions;
    }

    /**
     * A product of the staff member's regencies as the form's fields, to submit a change to it; empty when there is
     * no such product or it belongs to another regency.
     */
    public Optional<Map<String, String>> load(String sku) {
        Set<Integer> mine = regencyIds();
        return catalog.findBySku(sku.strip()).filter(p -> mine.contains(p.regencyId())).map(p -> {
            Map<String, String> fields = new HashMap<>();
            fields.put("sku", p.sku());
            fields.put("name_id", p.nameId());
            fields.put("name_en", p.nameEn());
            fields.put("description_id", p.descriptionId());
            fields.put("description_en", p.descriptionEn());
            fields.put("category", p.categoryCode());
            fields.put("program", p.program().name());
            fields.put("origin", p.origin());
            fields.put("regency", regions.regency(p.regencyId()).name());
            fields.put("producer", p.producer().name());
            fields.put("price_idr", Long.toString(p.priceIdr()));
            fields.put("weight_g", Integer.toString(p.weightGrams()));
            fields.put("licences", p.licences().stream().map(l -> l.type().name() + ":" + l.number())
                    .collect(Collectors.joining(";")));
            fields.put("restricted", p.alcohol() ? "alcohol" : "none");
            return fields;
        });
    }

    /** The regencies the current staff member may submit products for (those of their outlets). */
    public List<Regency> regencies() {
        Set<Integer> ids = regencyIds();
        return regions.regencies().stream().filter(r -> ids.contains(r.id())).toList();
    }

    /** Submits the product; the report says whether it was created or updated, or why it was refused. */
    public ImportReport submit(Map<String, String> fields) {
        return rowImport.importRow(fields, new ImportRules(ProductStatus.PENDING_REVIEW, regencyIds(),
                access.username()));
    }

    private Set<Integer> regencyIds() {
        var outlets = access.outlets();
        return regions.outlets().stream().filter(o -> outlets.includes(o.id())).map(Outlet::regencyId)
                .collect(Collectors.toSet());
    }
}
