package id.nttmart.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * The share of each agency's (OPD's) civil servants who bought at least Rp100,000 in a month, as the dashboard shows
 * it; {@link AsnComplianceRates} answers from the {@code asn} module. Without such a bean the dashboard shows
 * {@link #NONE} and says the figure is not available.
 */
public interface AsnCompliance {

    /** No programme connected: no agencies. */
    AsnCompliance NONE = month -> List.of();

    List<AgencyRate> rates(YearMonth month);

    /** One agency's month: its civil servants, how many met the obligation. */
    record AgencyRate(String agency, int civilServants, int compliant) {
        public double rate() {
            return civilServants == 0 ? 0 : (double) compliant / civilServants;
        }
    }
}
