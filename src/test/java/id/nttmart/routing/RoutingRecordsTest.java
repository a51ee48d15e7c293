package id.nttmart.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The routing records refuse values that make no sense, so the rules never have to guard against them. */
class RoutingRecordsTest {

    @Test
    void an_order_line_needs_at_least_one_unit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrderLine(1, 0));
    }

    @Test
    void a_delivery_needs_both_coordinates_or_neither() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Destination.Delivery("Flores", -8.49, null));
        assertThat(new Destination.Delivery(null, null, null).island()).isNull();
    }

    @Test
    void outlet_stock_cannot_be_negative_and_is_a_snapshot() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OutletStock(1, "END", "Flores", -8.84, 121.66, Map.of(1L, -1)));

        Map<Long, Integer> stock = new HashMap<>(Map.of(1L, 4));
        var outlet = new OutletStock(1, "END", "Flores", -8.84, 121.66, stock);
        stock.put(1L, 0);
        assertThat(outlet.available(1)).isEqualTo(4);
        assertThat(outlet.available(2)).isZero();
    }

    @Test
    void a_shipment_needs_a_line() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Shipment(1, List.of(), RoutingReason.NEAREST));
    }

    @Test
    void a_plan_is_complete_only_when_no_line_is_unfillable() {
        var shipment = new Shipment(1, List.of(new OrderLine(1, 1)), RoutingReason.PICKUP);

        assertThat(new RoutingPlan(List.of(shipment), List.of()).complete()).isTrue();
        assertThat(new RoutingPlan(List.of(), List.of(new OrderLine(2, 1))).complete()).isFalse();
    }

    @Test
    void an_outlet_listed_twice_is_refused() {
        var ende = Seat.ENDE.outlet(1, "END", 1, 1);

        assertThatIllegalArgumentException().isThrownBy(() -> new Router()
                .route(List.of(new OrderLine(1, 1)), Seat.ENDE.delivery(), List.of(ende, ende)));
    }
}
