package id.nttmart.asn;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** An agency's month as CSV: one row per person (NIP, name, on roster, online, counter, total, met). */
final class AsnCsv {

    private AsnCsv() {}

    static String people(AsnCompliance.AgencyMonth month) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("agency", "month", "nip", "name",
                "on_roster", "online_idr", "counter_idr", "total_idr", "met").get())) {
            for (var p : month.people()) {
                csv.printRecord(month.agency().code(), month.month(), p.nip(), safe(p.name()), p.onRoster(),
                        p.onlineIdr(), p.counterIdr(), p.totalIdr(), p.met());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Cells a spreadsheet would read as a formula are quoted with a leading apostrophe. */
    private static String safe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
