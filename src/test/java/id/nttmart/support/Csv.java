package id.nttmart.support;

/** Builds catalogue import files for tests. */
public final class Csv {

    public static final String HEADER = "sku,name_id,name_en,description_id,description_en,category,program,origin,"
            + "regency,producer,price_idr,weight_g,licences,restricted,stock";

    private Csv() {}

    public static String of(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }
}
