package id.nttmart.ordering;

import id.nttmart.region.Address;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One order as its buyer follows it (tracking page, API, mails): what, where from, where to, and each step. */
public record OrderView(
        String number,
        OrderStatus status,
        Instant createdAt,
        @Nullable Instant paidAt,
        Locale locale,
        Buyer buyer,
        ShippingZone zone,
        @Nullable OutletRef pickupOutlet,
        @Nullable Address address,
        long subtotalIdr,
        long shippingIdr,
        long totalIdr,
        List<Line> lines,
        List<ShipmentView> shipments,
        List<Event> events) {

    public OrderView {
        lines = List.copyOf(lines);
        shipments = List.copyOf(shipments);
        events = List.copyOf(events);
    }

    public boolean pickup() {
        return pickupOutlet != null;
    }

    /** The buyer may still pay: the order waits for payment. */
    public boolean payable() {
        return status == OrderStatus.PENDING_PAYMENT;
    }

    /** The buyer may still cancel: not paid yet, or paid and no outlet has packed anything. */
    public boolean cancellable() {
        return status == OrderStatus.PENDING_PAYMENT || (status == OrderStatus.PAID
                && shipments.stream().allMatch(s -> s.step() == ShipmentStep.PACKING));
    }

    public record Line(String sku, String name, long unitPriceIdr, int quantity) {

        public long amountIdr() {
            return unitPriceIdr * quantity;
        }

        public Line withQuantity(int units) {
            return new Line(sku, name, unitPriceIdr, units);
        }
    }

    public record OutletRef(String code, String name, String regency) {}

    /** One outlet's part: its lines, why it was chosen (the routing rule), and how far it has come. */
    public record ShipmentView(long id, OutletRef outlet, List<Line> lines, String reason, ShipmentStep step,
            @Nullable String courier, @Nullable String trackingNumber, @Nullable String pickupCode) {

        public ShipmentView {
            lines = List.copyOf(lines);
        }
    }

    /** A step on the tracking page: {@code kind} is a message key suffix ({@code placed}, {@code paid}, ...). */
    public record Event(String kind, Instant at, String detail, @Nullable Long shipmentId) {}
}
