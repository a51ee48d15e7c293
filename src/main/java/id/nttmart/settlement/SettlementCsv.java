package id.nttmart.settlement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The settlement as CSV (RFC 4180, UTF-8, whole rupiah), for producers and for the outlet's books. */
public final class SettlementCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Settlement.WITA);

    private SettlementCsv() {}

    /** One row per producer: its month's orders, units, sales, the outlet's 10 % and the producer's 90 %. */
    public static String producers(List<Settlement.ProducerMonth> months) {
        return write(new String[] {"outlet", "month", "producer", "producer_kind", "orders", "units", "sales_idr",
            "outlet_share_idr", "producer_share_idr"}, printer -> {
                for (var m : months) {
                    printer.printRecord(m.outletCode(), m.month(), m.producer(), m.producerKind(), m.orders(),
                            m.units(), m.salesIdr(), m.outletShareIdr(), m.producerShareIdr());
                }
            });
    }

    /** One row per sold order line, to check the producers' rows against the orders. */
    public static String lines(List<Settlement.SoldLine> lines) {
        return write(new String[] {"outlet", "left_at_wita", "order", "producer", "sku", "product", "units",
            "unit_price_idr", "total_idr"}, printer -> {
                for (var l : lines) {
                    printer.printRecord(l.outletCode(), TIME.format(l.leftAt()), l.orderNumber(), l.producer(),
                            l.sku(), l.productName(), l.units(), l.unitPriceIdr(), l.totalIdr());
                }
            });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String write(String[] header, Rows rows) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
