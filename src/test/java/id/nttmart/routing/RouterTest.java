package id.nttmart.routing;

import static id.nttmart.routing.Seat.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The routing rules one by one, each on a small map of real NTT outlets. */
class RouterTest {

    static final long HONEY = 1;
    static final long COFFEE = 2;
    static final long IKAT = 3;

    final Router router = new Router();

    @Test
    void pickup_uses_only_the_chosen_outlet() {
        var chosen = LABUAN_BAJO.outlet(10, "MBR", HONEY, 3, COFFEE, 1);
        var fuller = RUTENG.outlet(11, "MGR", HONEY, 50, COFFEE, 50);

        var plan = router.route(List.of(new OrderLine(HONEY, 2), new OrderLine(COFFEE, 1)),
                new Destination.Pickup(10), List.of(fuller, chosen));

        assertThat(plan.shipments()).containsExactly(new Shipment(10,
                List.of(new OrderLine(HONEY, 2), new OrderLine(COFFEE, 1)), RoutingReason.PICKUP));
        assertThat(plan.complete()).isTrue();
    }

    @Test
    void pickup_lines_the_chosen_outlet_lacks_are_unfillable_and_never_fetched_elsewhere() {
        var chosen = LABUAN_BAJO.outlet(10, "MBR", HONEY, 1);
        var fuller = RUTENG.outlet(11, "MGR", HONEY, 50, COFFEE, 50, IKAT, 50);

        var plan = router.route(
                List.of(new OrderLine(HONEY, 1), new OrderLine(COFFEE, 1), new OrderLine(IKAT, 1)),
                new Destination.Pickup(10), List.of(chosen, fuller));

        assertThat(plan.shipments()).extracting(Shipment::outletId).containsExactly(10L);
        assertThat(plan.shipments().getFirst().lines()).containsExactly(new OrderLine(HONEY, 1));
        assertThat(plan.unfillable()).containsExactly(new OrderLine(COFFEE, 1), new OrderLine(IKAT, 1));
    }

    @Test
    void a_full_order_from_one_outlet_on_another_island_beats_a_split_on_the_same_island() {
        var plan = router.route(List.of(new OrderLine(HONEY, 1), new OrderLine(COFFEE, 1)), ENDE.delivery(),
                List.of(MAUMERE.outlet(1, "SKA", HONEY, 5), BAJAWA.outlet(2, "NGD", COFFEE, 5),
                        KUPANG.outlet(3, "KPG", HONEY, 5, COFFEE, 5)));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::reason)
                .containsExactly(tuple(3L, RoutingReason.FEWEST_SHIPMENTS));
    }

    @Test
    void the_same_island_beats_a_nearer_outlet_across_the_sea() {
        assertThat(LABUAN_BAJO.kmTo(TAMBOLAKA)).isLessThan(LABUAN_BAJO.kmTo(ENDE));

        var plan = router.route(List.of(new OrderLine(HONEY, 1)), LABUAN_BAJO.delivery(),
                List.of(TAMBOLAKA.outlet(1, "SBD", HONEY, 9), ENDE.outlet(2, "END", HONEY, 1)));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::reason)
                .containsExactly(tuple(2L, RoutingReason.SAME_ISLAND));
    }

    @Test
    void the_nearest_outlet_wins_on_the_same_island() {
        var plan = router.route(List.of(new OrderLine(COFFEE, 2)), ENDE.delivery(),
                List.of(LABUAN_BAJO.outlet(1, "MBR", COFFEE, 9), MAUMERE.outlet(2, "SKA", COFFEE, 2)));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::reason)
                .containsExactly(tuple(2L, RoutingReason.NEAREST));
    }

    @Test
    void most_stock_breaks_a_tie_in_island_and_distance() {
        var plan = router.route(List.of(new OrderLine(HONEY, 2)), ENDE.delivery(),
                List.of(MAUMERE.outlet(1, "SKA-1", HONEY, 5), MAUMERE.outlet(2, "SKA-2", HONEY, 9)));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::reason)
                .containsExactly(tuple(2L, RoutingReason.MOST_STOCK));
    }

    @Test
    void the_outlet_code_breaks_an_exact_tie() {
        var plan = router.route(List.of(new OrderLine(HONEY, 2)), ENDE.delivery(),
                List.of(MAUMERE.outlet(7, "SKA-2", HONEY, 5), MAUMERE.outlet(8, "SKA-1", HONEY, 5)));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::reason)
                .containsExactly(tuple(8L, RoutingReason.OUTLET_ORDER));
    }

    @Test
    void the_only_outlet_holding_enough_is_recorded_as_the_only_outlet() {
        var plan = router.route(List.of(new OrderLine(HONEY, 4)), KUPANG.delivery(),
                List.of(KUPANG.outlet(1, "KPG", HONEY, 3), LARANTUKA.outlet(2, "FLT", HONEY, 4),
                        SOE.outlet(3, "TTS", COFFEE, 40)));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::reason)
                .containsExactly(tuple(2L, RoutingReason.ONLY_OUTLET));
    }

    @Test
    void outlets_holding_none_of_the_lines_are_never_chosen() {
        var plan = router.route(List.of(new OrderLine(IKAT, 1)), ENDE.delivery(),
                List.of(ENDE.outlet(1, "AAA", COFFEE, 99), ENDE.outlet(2, "AAB"), LARANTUKA.outlet(3, "FLT", IKAT, 1)));

        assertThat(plan.shipments()).extracting(Shipment::outletId).containsExactly(3L);
    }
}
