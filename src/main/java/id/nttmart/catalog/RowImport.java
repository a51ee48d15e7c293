package id.nttmart.catalog;

import id.nttmart.catalog.importing.CatalogueImport;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * One product from a form, checked and written exactly as a row of the catalogue import (same columns, same rules
 * and messages), so the staff form and the CSV cannot drift apart.
 */
@Service
public class RowImport {

    private final CatalogueImport catalogueImport;

    RowImport(CatalogueImport catalogueImport) {
        this.catalogueImport = catalogueImport;
    }

    /** {@code fields}: the import's column names to values (missing ones count as empty). */
    public ImportReport importRow(Map<String, String> fields, ImportRules rules) {
        return catalogueImport.importRow(fields, rules);
    }
}
