package id.nttmart.ordering;

import java.util.List;

/**
 * What the buyer sees before paying: the shipments the routing rules plan (one per outlet, with the rule that
 * decided), the delivery charge and the estimated days, and any line that cannot be filled.
 */
public record Quote(
        ShippingZone zone,
        long subtotalIdr,
        long shippingIdr,
        int minDays,
        int maxDays,
        List<PlannedShipment> shipments,
        List<ShortLine> shortLines,
        boolean restricted) {

    public Quote {
        shipments = List.copyOf(shipments);
        shortLines = List.copyOf(shortLines);
    }

    public long totalIdr() {
        return subtotalIdr + shippingIdr;
    }

    public boolean fillable() {
        return shortLines.isEmpty();
    }

    public record PlannedShipment(OrderView.OutletRef outlet, List<OrderView.Line> lines, String reason,
            ShippingZone zone, long shippingIdr) {

        public PlannedShipment {
            lines = List.copyOf(lines);
        }
    }
}
