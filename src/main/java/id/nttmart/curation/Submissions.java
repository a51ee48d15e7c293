package id.nttmart.curation;

import id.nttmart.catalog.ImportReport;
import id.nttmart.catalog.ImportRules;
import id.nttmart.catalog.ProductStatus;
import id.nttmart.catalog.RowImport;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;
import id.nttmart.security.BackOfficeAccess;
import java.util.List;
import java.util.Map;
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
    private final BackOfficeAccess access;
    private final Regions regions;

    Submissions(RowImport rowImport, BackOfficeAccess access, Regions regions) {
        this.rowImport = rowImport;
        this.access = access;
        this.regions = regions;
    }

    /** The regencies the current staff member may submit products for (those of their outlets). */
    public List<Regency> regencies() {
        Set<Integer> ids = regencyIds();
        return regions.regencies().stream().filter(r -> ids.contains(r.id())).toList();
    }

    /** Submits the product; the report says whether it was created or updated, or why it was refused. */
    public ImportReport submit(Map<String, String> fields) {
        return rowImport.importRow(fields, new ImportRules(ProductStatus.PENDING_REVIEW, regencyIds(),
                AuditActor.current()));
    }

    private Set<Integer> regencyIds() {
        var outlets = access.outlets();
        return regions.outlets().stream().filter(o -> outlets.includes(o.id())).map(Outlet::regencyId)
                .collect(Collectors.toSet());
    }
}
