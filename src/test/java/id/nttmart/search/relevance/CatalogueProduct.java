package id.nttmart.search.relevance;

import static java.nio.charset.StandardCharsets.UTF_8;

import id.nttmart.catalog.demo.CatalogueGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One product of the judged catalogue, with the fields the judgement rules may test. Besides the import columns it
 * carries the product {@code type} (the demo template's code, e.g. {@code KOP-BAJAWA-BIJI}, found from the start of
 * the Indonesian name), and the regency's {@code seat} and {@code island}.
 */
record CatalogueProduct(Map<String, String> fields) {

    /** The demo catalogue the shop imports on its embedded default (DemoCatalogue: 450 products, seed 2026). */
    static final int DEMO_PRODUCTS = 450;
    static final long DEMO_SEED = 2026;

    /** Fields a rule may name; {@code name}, {@code description} and {@code text} join several columns. */
    static final Set<String> FIELDS = Set.of("sku", "type", "category", "program", "regency", "seat", "island",
            "origin", "producer", "restricted", "name_id", "name_en", "name", "description", "text");

    CatalogueProduct {
        fields = Map.copyOf(fields);
    }

    String field(String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("unknown field " + name + "; known: " + FIELDS);
        }
        return value;
    }

    String sku() {
        return fields.get("sku");
    }

    String label() {
        return fields.get("name_en") + " [" + fields.get("category") + ", " + fields.get("regency") + "]";
    }

    /** The demo catalogue, generated exactly as the shop generates it. */
    static List<CatalogueProduct> demo() {
        return parse(CatalogueGenerator.fromClasspath().generate(DEMO_PRODUCTS, DEMO_SEED));
    }

    /** Products of a catalogue CSV in the import format, their type taken from the demo product types. */
    static List<CatalogueProduct> parse(String csv) {
        Map<String, String> types = types();
        Map<String, String[]> regencies = regencies();
        List<String> prefixes = types.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        var products = new ArrayList<CatalogueProduct>();
        for (CSVRecord row : records(csv)) {
            var f = new HashMap<String, String>();
            for (String column : List.of("sku", "name_id", "name_en", "description_id", "description_en", "category",
                    "program", "origin", "regency", "producer", "restricted")) {
                f.put(column, row.get(column));
            }
            String nameId = row.get("name_id");
            f.put("type", prefixes.stream().filter(p -> nameId.startsWith(p + " ")).findFirst().map(types::get)
                    .orElse(""));
            String[] place = regencies.getOrDefault(row.get("regency"), new String[] {"", ""});
            f.put("seat", place[0]);
            f.put("island", place[1]);
            f.put("name", nameId + " | " + row.get("name_en"));
            f.put("description", row.get("description_id") + " | " + row.get("description_en"));
            f.put("text", String.join(" | ", f.get("name"), f.get("description"), row.get("producer"),
                    row.get("origin")));
            products.add(new CatalogueProduct(f));
        }
        return List.copyOf(products);
    }

    /** Demo product names (Indonesian) by type code. */
    private static Map<String, String> types() {
        var byName = new HashMap<String, String>();
        for (CSVRecord row : records(resource("/demo/product-types.csv"))) {
            byName.put(row.get("name_id"), row.get("type_code"));
        }
        return byName;
    }

    /** Seat and island by regency name. */
    private static Map<String, String[]> regencies() {
        var byName = new HashMap<String, String[]>();
        resource("/relevance/regencies.tsv").lines().skip(1).map(line -> line.split("\t"))
                .forEach(r -> byName.put(r[0], new String[] {r[1], r[2]}));
        return byName;
    }

    private static List<CSVRecord> records(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = CatalogueProduct.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + name);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
