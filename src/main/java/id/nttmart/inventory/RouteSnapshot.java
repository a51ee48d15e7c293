package id.nttmart.inventory;

import id.nttmart.region.Outlet;
import id.nttmart.region.Regions;
import id.nttmart.routing.OrderLine;
import id.nttmart.routing.OutletStock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What routing sees: each outlet's place and available units of the order's products, read now. */
@Component
class RouteSnapshot {

    private final Regions regions;
    private final AvailableStock available;

    RouteSnapshot(Regions regions, AvailableStock available) {
        this.regions = regions;
        this.available = available;
    }

    List<OutletStock> of(List<OrderLine> lines) {
        Map<Long, Map<Long, Integer>> byOutlet =
                available.byOutlet(lines.stream().map(OrderLine::productId).distinct().toList());
        return regions.outlets().stream()
                .filter(o -> byOutlet.containsKey(o.id()))
                .map(o -> stock(o, byOutlet.get(o.id())))
                .toList();
    }

    private OutletStock stock(Outlet outlet, Map<Long, Integer> available) {
        String island = regions.regency(outlet.regencyId()).island();
        return new OutletStock(outlet.id(), outlet.code(), island, outlet.latitude(), outlet.longitude(), available);
    }
}
