package id.nttmart.region;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/outlets}: the outlets, for the storefront's pickup choice and for integrations. */
@RestController
class OutletController {

    private final Regions regions;

    OutletController(Regions regions) {
        this.regions = regions;
    }

    record OutletJson(String code, String name, String regency, String island, String address, double latitude,
            double longitude, String openingHours) {}

    @GetMapping("/api/v1/outlets")
    List<OutletJson> outlets() {
        return regions.outlets().stream().map(o -> {
            var regency = regions.regency(o.regencyId());
            return new OutletJson(o.code(), o.name(), regency.name(), regency.island(), o.address(), o.latitude(),
                    o.longitude(), o.openingHours());
        }).toList();
    }
}
