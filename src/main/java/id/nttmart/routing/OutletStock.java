package id.nttmart.routing;

import java.util.Map;

/**
 * What routing needs to know of one outlet: where it is and how many units of each product it can still give
 * (on hand minus reserved). A snapshot, copied on construction, so a plan is computed on data that cannot move.
 */
public record OutletStock(long outletId, String code, String island, double latitude, double longitude,
        Map<Long, Integer> availableByProduct) {

    public OutletStock {
        if (code.isBlank() || island.isBlank()) {
            throw new IllegalArgumentException("An outlet needs a code and an island");
        }
        GreatCircle.requireCoordinates(latitude, longitude);
        availableByProduct = Map.copyOf(availableByProduct);
        availableByProduct.forEach((productId, units) -> {
            if (units < 0) {
                throw new IllegalArgumentException("Outlet " + code + " cannot hold " + units + " of " + productId);
            }
        });
    }

    /** Units of the product this outlet can give; zero when it has none. */
    public int available(long productId) {
        return availableByProduct.getOrDefault(productId, 0);
    }
}
