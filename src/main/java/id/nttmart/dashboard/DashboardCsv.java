package id.nttmart.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Every figure of the dashboard as CSV (RFC 4180, UTF-8, whole rupiah), one file per figure. */
public final class DashboardCsv {

    /** The figures one can download, by the name used in file names and the API. */
    public enum Figure {
        TREND, OUTLETS, REGENCIES, ISLANDS, PROGRAMS, CATEGORIES, TOP_PRODUCTS, CATALOGUE, ASN_COMPLIANCE;

        public String fileName(DashboardFigures f) {
            return "dasbor-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + f.month() + ".csv";
        }
    }

    private DashboardCsv() {}

    public static String of(Figure figure, DashboardFigures f) {
        String month = f.month().toString();
        return switch (figure) {
            case TREND -> write(List.of("month", "orders", "amount_idr", "target_low_idr", "target_high_idr"),
                    f.trend().stream().map(t -> List.<Object>of(t.month(), t.orders(), t.amountIdr(),
                            f.targetLowIdr(), f.targetHighIdr())).toList());
            case OUTLETS -> write(List.of("month", "outlet", "name", "regency", "island", "latitude", "longitude",
                    "orders", "units", "amount_idr"), f.outlets().stream().map(o -> List.<Object>of(month,
                            o.code(), o.name(), o.regency(), o.island(), o.latitude(), o.longitude(), o.orders(),
                            o.units(), o.amountIdr())).toList());
            case REGENCIES -> slices("regency", f.regencies(), month);
            case ISLANDS -> slices("island", f.islands(), month);
            case PROGRAMS -> slices("program", f.programs(), month);
            case CATEGORIES -> slices("category", f.categories(), month);
            case TOP_PRODUCTS -> write(List.of("month", "rank", "sku", "product", "regency", "program", "category",
                    "units", "amount_idr"), ranked(f, month));
            case CATALOGUE -> write(List.of("month", "regency", "island", "active_producers", "listed_products",
                    "producers_selling", "products_selling"), f.catalogue().stream().map(c -> List.<Object>of(month,
                            c.regency(), c.island(), c.activeProducers(), c.listedProducts(), c.producersSelling(),
                            c.productsSelling())).toList());
            case ASN_COMPLIANCE -> write(List.of("month", "agency", "civil_servants", "compliant", "rate"),
                    f.asnCompliance().stream().map(a -> List.<Object>of(month, a.agency(), a.civilServants(),
                            a.compliant(), String.format(java.util.Locale.ROOT, "%.4f", a.rate()))).toList());
        };
    }

    private static List<List<Object>> ranked(DashboardFigures f, String month) {
        var rows = new java.util.ArrayList<List<Object>>();
        int rank = 1;
        for (var p : f.topProducts()) {
            rows.add(List.of(month, rank++, p.sku(), p.name(), p.regency(), p.program(), p.category(), p.units(),
                    p.amountIdr()));
        }
        return rows;
    }

    private static String slices(String key, List<DashboardFigures.Slice> slices, String month) {
        return write(List.of("month", key, "label", "orders", "units", "amount_idr"), slices.stream()
                .map(s -> List.<Object>of(month, s.key(), s.label(), s.orders(), s.units(), s.amountIdr()))
                .toList());
    }

    private static String write(List<String> header, List<List<Object>> rows) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (var row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
