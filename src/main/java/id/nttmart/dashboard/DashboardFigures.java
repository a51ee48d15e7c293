package id.nttmart.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * One month of the province's figures, as the view, the CSV and the API show them. Amounts are whole rupiah of goods
 * sold (delivery charges excluded); orders count once in the province total and once at each outlet they came from.
 */
public record DashboardFigures(
        YearMonth month,
        long orders,
        long amountIdr,
        long targetLowIdr,
        long targetHighIdr,
        List<MonthTotal> trend,
        List<OutletSales> outlets,
        List<Slice> regencies,
        List<Slice> islands,
        List<Slice> programs,
        List<Slice> categories,
        List<TopProduct> topProducts,
        List<RegencyCatalogue> catalogue,
        List<AsnCompliance.AgencyRate> asnCompliance) {

    /** The province's total of a month. */
    public record MonthTotal(YearMonth month, long orders, long amountIdr) {}

    /** An outlet's month, with where it stands (for the map). */
    public record OutletSales(String code, String name, String regency, String island, double latitude,
            double longitude, long orders, long units, long amountIdr) {}

    /**
     * One bar: a regency or island (by the outlet that sold; orders counted at each of its outlets), or a program or
     * category (by the product; {@code orders} there counts an order once per product of the slice it holds).
     */
    public record Slice(String key, String label, long orders, long units, long amountIdr) {}

    /** A product among the month's best sellers. */
    public record TopProduct(String sku, String name, String regency, String program, String category, long units,
            long amountIdr) {}

    /**
     * A regency's catalogue: producers with at least one listed product, listed products, and of them those that
     * sold in the month (at any outlet).
     */
    public record RegencyCatalogue(String regency, String island, long activeProducers, long listedProducts,
            long producersSelling, long productsSelling) {}
}
