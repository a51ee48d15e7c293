package id.nttmart.routing;

import static id.nttmart.routing.Seat.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Orders no single outlet can fill: the fewest shipments, and no line split that need not be. */
class SplitRoutingTest {

    static final long HONEY = 1;
    static final long COFFEE = 2;
    static final long IKAT = 3;

    final Router router = new Router();

    @Test
    void an_order_no_outlet_fills_alone_is_split_into_the_fewest_shipments() {
        var plan = router.route(
                List.of(new OrderLine(HONEY, 1), new OrderLine(COFFEE, 1), new OrderLine(IKAT, 1)),
                KUPANG.delivery(),
                List.of(SOE.outlet(1, "TTS", HONEY, 5, COFFEE, 5), ATAMBUA.outlet(2, "BLU", IKAT, 5),
                        KEFAMENANU.outlet(3, "TTU", HONEY, 5), BETUN.outlet(4, "MLK", COFFEE, 5)));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::lines, Shipment::reason)
                .containsExactlyInAnyOrder(
                        tuple(1L, List.of(new OrderLine(HONEY, 1), new OrderLine(COFFEE, 1)),
                                RoutingReason.FEWEST_SHIPMENTS),
                        tuple(2L, List.of(new OrderLine(IKAT, 1)), RoutingReason.FEWEST_SHIPMENTS));
        assertThat(plan.complete()).isTrue();
    }

    @Test
    void no_line_is_split_when_an_outlet_of_the_chosen_set_can_fill_it_alone() {
        var plan = router.route(
                List.of(new OrderLine(HONEY, 4), new OrderLine(COFFEE, 1), new OrderLine(IKAT, 1)),
                KUPANG.delivery(),
                List.of(SOE.outlet(1, "TTS", HONEY, 4, COFFEE, 1), ATAMBUA.outlet(2, "BLU", HONEY, 4, IKAT, 1)));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::lines)
                .containsExactly(
                        tuple(1L, List.of(new OrderLine(HONEY, 4), new OrderLine(COFFEE, 1))),
                        tuple(2L, List.of(new OrderLine(IKAT, 1))));
        assertThat(plan.shipments()).extracting(Shipment::reason).containsOnly(RoutingReason.ONLY_OUTLET);
    }

    @Test
    void a_line_larger_than_any_one_outlets_stock_is_split() {
        var plan = router.route(List.of(new OrderLine(HONEY, 10)), KUPANG.delivery(),
                List.of(KUPANG.outlet(1, "KPG", HONEY, 6), OELAMASI.outlet(2, "KUP", HONEY, 5),
                        SOE.outlet(3, "TTS", HONEY, 5)));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::lines, Shipment::reason)
                .containsExactly(
                        tuple(1L, List.of(new OrderLine(HONEY, 6)), RoutingReason.NEAREST),
                        tuple(2L, List.of(new OrderLine(HONEY, 4)), RoutingReason.NEAREST));
    }

    @Test
    void among_equally_few_shipments_more_outlets_on_the_destinations_island_win() {
        assertThat(WAINGAPU.kmTo(BORONG)).isLessThan(WAINGAPU.kmTo(TAMBOLAKA));

        var plan = router.route(List.of(new OrderLine(HONEY, 1), new OrderLine(IKAT, 1)), WAINGAPU.delivery(),
                List.of(WAINGAPU.outlet(1, "SMT", HONEY, 3), BORONG.outlet(2, "MTM", IKAT, 3),
                        TAMBOLAKA.outlet(3, "SBD", IKAT, 3)));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::reason)
                .containsExactlyInAnyOrder(tuple(1L, RoutingReason.SAME_ISLAND), tuple(3L, RoutingReason.SAME_ISLAND));
    }

    @Test
    void among_equally_few_shipments_the_smaller_total_distance_wins() {
        var plan = router.route(List.of(new OrderLine(HONEY, 1), new OrderLine(IKAT, 1)), KUPANG.delivery(),
                List.of(KUPANG.outlet(1, "KPG", HONEY, 3), ATAMBUA.outlet(2, "BLU", IKAT, 3),
                        SOE.outlet(3, "TTS", IKAT, 3)));

        assertThat(plan.shipments()).extracting(Shipment::outletId, Shipment::reason)
                .containsExactlyInAnyOrder(tuple(1L, RoutingReason.NEAREST), tuple(3L, RoutingReason.NEAREST));
    }

    @Test
    void an_order_needing_more_than_four_outlets_gets_a_greedy_split_with_no_redundant_outlet() {
        // The greedy pick takes Kupang first (three lines), but Soe, Atambua and Kefamenanu cover those lines
        // too while also holding lines only they have, so Kupang is dropped again.
        long a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8;
        var plan = router.route(List.of(a, b, c, d, e, f, g, h).stream().map(p -> new OrderLine(p, 1)).toList(),
                KUPANG.delivery(),
                List.of(KUPANG.outlet(1, "KPG", a, 1, b, 1, c, 1), SOE.outlet(2, "TTS", a, 1, d, 1),
                        ATAMBUA.outlet(3, "BLU", b, 1, e, 1), KEFAMENANU.outlet(4, "TTU", c, 1, f, 1),
                        BETUN.outlet(5, "MLK", g, 1), OELAMASI.outlet(6, "KUP", h, 1)));

        assertThat(plan.shipments()).extracting(Shipment::outletId).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L);
        assertThat(plan.shipments()).flatExtracting(Shipment::lines).hasSize(8);
        assertThat(plan.shipments()).extracting(Shipment::reason).containsOnly(RoutingReason.ONLY_OUTLET);
        assertThat(plan.complete()).isTrue();
    }
}
