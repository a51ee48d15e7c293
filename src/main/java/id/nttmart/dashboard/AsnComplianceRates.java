package id.nttmart.dashboard;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/** The civil servants' programme's per-agency counts, as the dashboard shows them (counts only, no names). */
@Component
class AsnComplianceRates implements AsnCompliance {

    private final id.nttmart.asn.AsnCompliance programme;

    AsnComplianceRates(id.nttmart.asn.AsnCompliance programme) {
        this.programme = programme;
    }

    @Override
    public List<AgencyRate> rates(YearMonth month) {
        return programme.agencies(month).stream()
                .map(a -> new AgencyRate(a.code() + " " + a.name(), a.people(), a.met()))
                .toList();
    }
}
