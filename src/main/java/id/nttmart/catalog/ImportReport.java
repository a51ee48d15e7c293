package id.nttmart.catalog;

import java.util.List;

/**
 * What a catalogue import did: counts of created, updated and rejected rows, and why each rejected row was
 * refused (with its line number in the file, counting the header as line 1).
 */
public record ImportReport(int created, int updated, int rejected, List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public record RowError(long line, String sku, String reason) {}
}
