package id.nttmart.catalog.importing;

import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.ImportReport;
import id.nttmart.catalog.ImportRules;
import id.nttmart.catalog.InvalidCatalogueException;
import id.nttmart.catalog.ImportReport.RowError;
import id.nttmart.inventory.StockBelowReservedException;
import id.nttmart.region.Regions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * The catalogue import (CSV, UTF-8, RFC 4180) that outlet staff, curators and scripts use for hundreds of products
 * at once. Each good row is written in its own transaction, so a bad row never leaves anything half-written and
 * never stops the good ones. Re-importing a SKU updates it.
 */
@Service
public class CatalogueImport {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImport.class);
    private static final int MAX_REPORTED_ERRORS = 1000;

    private final Regions regions;
    private final Catalog catalog;
    private final ProductWriter writer;

    CatalogueImport(Regions regions, Catalog catalog, ProductWriter writer) {
        this.regions = regions;
        this.catalog = catalog;
        this.writer = writer;
    }

    /** Imports the CSV; products are listed at once (an administrator's import, the demo catalogue). */
    public ImportReport importCsv(Reader csv) {
        return importCsv(csv, ImportRules.listedAnywhere("catalogue import"));
    }

    /** Imports the CSV under the rules: listed at once or submitted for review, only in the allowed regencies. */
    public ImportReport importCsv(Reader csv, ImportRules rules) {
        var parser = new ImportRowParser(regions, catalog.categories());
        var format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreHeaderCase(true)
                .setIgnoreEmptyLines(true)
                .get();
        int created = 0;
        int updated = 0;
        int rejected = 0;
        List<RowError> errors = new ArrayList<>();
        try (CSVParser rows = open(csv, format)) {
            String headerProblem = checkHeader(rows.getHeaderNames());
            if (headerProblem != null) {
                throw new InvalidCatalogueException(headerProblem);
            }
            var iterator = rows.iterator();
            while (true) {
                long line = rows.getCurrentLineNumber() + 1;
                CSVRecord row;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    row = iterator.next();
                } catch (UncheckedIOException | IllegalStateException malformed) {
                    rejected++;
                    errors.add(new RowError(line, "", "the file cannot be read from this line on (a quote left open, or text that is not UTF-8);"
                            + " the rows after it were not read"));
                    break;
                }
                String problem = null;
                if (row.size() != ImportRowParser.COLUMNS.size()) {
                    problem = "the row has " + row.size() + " fields, the header " + ImportRowParser.COLUMNS.size();
                }
                String sku = row.isMapped("sku") && row.isSet("sku") ? row.get("sku") : "";
                if (problem == null) {
                    switch (parser.parse(column -> row.get(column))) {
                        case ImportRowParser.Parsed(ProductDraft draft) -> {
                            switch (write(draft, rules)) {
                                case Written.CREATED -> created++;
                                case Written.UPDATED -> updated++;
                                case Refused(String reason) -> problem = reason;
                            }
                        }
                        case ImportRowParser.Refused(List<String> reasons) -> problem = String.join("; ", reasons);
                    }
                }
                if (problem != null) {
                    rejected++;
                    if (errors.size() < MAX_REPORTED_ERRORS) {
                        errors.add(new RowError(line, sku, problem));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Catalogue import: {} created, {} updated, {} rejected", created, updated, rejected);
        return new ImportReport(created, updated, rejected, errors);
    }

    private sealed interface Outcome permits Written, Refused {}

    private enum Written implements Outcome {
        CREATED,
        UPDATED
    }

    private record Refused(String reason) implements Outcome {}

    /**
     * One product from a form, with the import's columns as field names (missing ones are empty): checked and
     * written by the same rules as a CSV row.
     */
    public ImportReport importRow(Map<String, String> fields, ImportRules rules) {
        var parser = new ImportRowParser(regions, catalog.categories());
        String sku = fields.getOrDefault("sku", "").strip();
        Outcome outcome = switch (parser.parse(column -> fields.getOrDefault(column, "").strip())) {
            case ImportRowParser.Parsed(ProductDraft draft) -> write(draft, rules);
            case ImportRowParser.Refused(List<String> reasons) -> new Refused(String.join("; ", reasons));
        };
        return switch (outcome) {
            case Written.CREATED -> new ImportReport(1, 0, 0, List.of());
            case Written.UPDATED -> new ImportReport(0, 1, 0, List.of());
            case Refused(String reason) -> new ImportReport(0, 0, 1, List.of(new RowError(1, sku, reason)));
        };
    }

    private Outcome write(ProductDraft draft, ImportRules rules) {
        if (!rules.allows(draft.regencyId())) {
            return new Refused("you may not add products of " + regions.regency(draft.regencyId()).name());
        }
        if (rules.regencies() != null) {
            var existing = catalog.findBySku(draft.sku());
            if (existing.isPresent() && !rules.allows(existing.get().regencyId())) {
                return new Refused("this SKU belongs to a product of "
                        + regions.regency(existing.get().regencyId()).name() + ", which you may not change");
            }
        }
        try {
            return writer.upsert(draft, rules) ? Written.CREATED : Written.UPDATED;
        } catch (StockBelowReservedException e) {
            return new Refused(e.getMessage());
        } catch (DataAccessException e) {
            log.warn("Catalogue import could not write {}: {}", draft.sku(), e.getMessage());
            return new Refused("the product could not be saved; nothing of this row was written");
        }
    }

    private static CSVParser open(Reader csv, CSVFormat format) throws IOException {
        try {
            return CSVParser.builder().setReader(new BomSkippingReader(csv)).setFormat(format).get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new InvalidCatalogueException("The header line cannot be read: " + e.getMessage());
        }
    }

    private static String checkHeader(List<String> header) {
        List<String> names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = ImportRowParser.COLUMNS.stream().filter(c -> !names.contains(c)).toList();
        List<String> unknown = names.stream().filter(n -> !ImportRowParser.COLUMNS.contains(n)).toList();
        if (missing.isEmpty() && unknown.isEmpty()) {
            return null;
        }
        return "The header must be " + String.join(",", ImportRowParser.COLUMNS)
                + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown));
    }
}
