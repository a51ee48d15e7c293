package id.nttmart.routing;

import static id.nttmart.routing.Seat.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lines nobody can fill, merged lines, unknown destinations, and routing again after an outlet rejects. */
class UnfillableAndRerouteTest {

    static final long HONEY = 1;
    static final long COFFEE = 2;
    static final long SOPI = 9;

    final Router router = new Router();
    final List<OutletStock> flores = List.of(MAUMERE.outlet(1, "SKA", HONEY, 5, COFFEE, 2),
            LABUAN_BAJO.outlet(2, "MBR", HONEY, 8), ENDE.outlet(3, "END", HONEY, 1));

    @Test
    void lines_no_outlet_holds_are_unfillable_and_the_rest_is_still_routed() {
        var plan = router.route(List.of(new OrderLine(HONEY, 2), new OrderLine(SOPI, 1)), ENDE.delivery(), flores);

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::lines)
                .containsExactly(tuple(1L, List.of(new OrderLine(HONEY, 2))));
        assertThat(plan.unfillable()).containsExactly(new OrderLine(SOPI, 1));
        assertThat(plan.complete()).isFalse();
    }

    @Test
    void a_line_beyond_all_outlets_stock_together_is_unfillable_as_a_whole() {
        var plan = router.route(List.of(new OrderLine(HONEY, 15), new OrderLine(COFFEE, 1)), ENDE.delivery(), flores);

        assertThat(plan.unfillable()).containsExactly(new OrderLine(HONEY, 15));
        assertThat(plan.shipments()).flatExtracting(Shipment::lines).containsExactly(new OrderLine(COFFEE, 1));
    }

    @Test
    void duplicate_product_lines_are_merged_before_routing() {
        var plan = router.route(List.of(new OrderLine(HONEY, 3), new OrderLine(HONEY, 3)), ENDE.delivery(), flores);

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::lines)
                .containsExactly(tuple(2L, List.of(new OrderLine(HONEY, 6))));
    }

    @Test
    void reroute_excludes_the_outlet_that_rejected() {
        var lines = List.of(new OrderLine(HONEY, 1));
        assertThat(router.route(lines, ENDE.delivery(), flores).shipments())
                .extracting(Shipment::outletId).containsExactly(3L);

        var plan = router.reroute(lines, ENDE.delivery(), flores, Set.of(3L));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::reason)
                .containsExactly(tuple(1L, RoutingReason.NEAREST));
    }

    @Test
    void reroute_returns_lines_nobody_else_can_fill_as_unfillable() {
        var plan = router.reroute(List.of(new OrderLine(HONEY, 1), new OrderLine(COFFEE, 1)), ENDE.delivery(),
                flores, Set.of(1L));

        assertThat(plan.unfillable()).containsExactly(new OrderLine(COFFEE, 1));
        assertThat(plan.shipments()).extracting(Shipment::outletId).containsExactly(3L);
    }

    @Test
    void reroute_of_a_pickup_at_the_rejecting_outlet_leaves_every_line_unfillable() {
        var lines = List.of(new OrderLine(HONEY, 1));

        var plan = router.reroute(lines, new Destination.Pickup(1), flores, Set.of(1L));

        assertThat(plan.shipments()).isEmpty();
        assertThat(plan.unfillable()).isEqualTo(lines);
    }

    @Test
    void a_destination_outside_ntt_goes_to_the_nearest_outlet() {
        var jakarta = new Destination.Delivery(null, -6.2, 106.8);

        var plan = router.route(List.of(new OrderLine(HONEY, 1)), jakarta,
                List.of(KUPANG.outlet(1, "KPG", HONEY, 9), LABUAN_BAJO.outlet(2, "MBR", HONEY, 1)));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::reason)
                .containsExactly(tuple(2L, RoutingReason.NEAREST));
    }

    @Test
    void a_destination_without_coordinates_skips_the_nearest_rule() {
        var somewhereOnFlores = new Destination.Delivery("Flores", null, null);

        var plan = router.route(List.of(new OrderLine(HONEY, 1)), somewhereOnFlores, flores);

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::reason)
                .containsExactly(tuple(2L, RoutingReason.MOST_STOCK));
    }
}
