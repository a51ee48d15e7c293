package id.nttmart.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * PLACE FOR THE CIVIL SERVANTS' PROGRAMME: the share of each agency's (OPD's) civil servants who bought at least
 * Rp100,000 in a month. The dashboard shows whatever a bean of this type answers; while none exists (the ASN
 * programme is not merged yet) it shows {@link #NONE}, an empty list, and says the figure is not available. To wire
 * it, let the civil servants' module offer a bean implementing this interface (or adapt its service in a small
 * {@code @Component} here); nothing else changes.
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
