package id.nttmart.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.region.Regions;
import id.nttmart.routing.Destination;
import id.nttmart.routing.OrderLine;
import id.nttmart.routing.RoutingReason;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Holding, releasing, expiring and re-routing stock on the real PostgreSQL. */
@IntegrationTest
@RecordApplicationEvents
class ReservationsTest {

    static final Destination ENDE = new Destination.Delivery("Flores", -8.84, 121.66);
    static final Destination KUPANG = new Destination.Delivery("Timor", -10.17, 123.61);

    @LocalServerPort
    int port;

    @Autowired
    Reservations reservations;

    @Autowired
    Inventory inventory;

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    /** Imports one product with the given stock (e.g. "Sikka:3|Ende:2") and returns its id. */
    long product(String stock) {
        String sku = "RES-" + UUID.randomUUID().toString().substring(0, 8);
        var report = new ShopClient(port).importCsvAsAdmin(Csv.of(sku + ",Kain Tenun Uji,Test Ikat,,,tenun,OVOP,"
                + "Desa Uji,Sikka,UMKM Uji,500000,700,,none," + stock)).json();
        assertThat(report.get("created").asInt()).isEqualTo(1);
        return jdbc.sql("select id from product where sku = :sku").param("sku", sku).query(Long.class).single();
    }

    long outlet(String regency) {
        return regions.mainOutlet(regions.findByName(regency).orElseThrow().id()).id();
    }

    int available(long productId, String regency) {
        return inventory.stockOf(productId).stream().filter(s -> s.outletId() == outlet(regency))
                .mapToInt(OutletStock::available).sum();
    }

    Hold held(HoldResult result) {
        assertThat(result).isInstanceOf(HoldResult.Held.class);
        return ((HoldResult.Held) result).hold();
    }

    @Autowired
    StockLedger ledger;

    @Test
    void a_hold_whose_stock_ran_short_leaves_nothing_behind() {
        long tenun = product("Sikka:3|Ende:1");
        long kain = product("Ende:5");
        UUID id = UUID.randomUUID();
        // Routed when Ende still had two units of the first product; meanwhile it has one.
        var shipment = new id.nttmart.routing.Shipment(outlet("Ende"), List.of(new OrderLine(kain, 2),
                new OrderLine(tenun, 2)), RoutingReason.NEAREST);

        var result = ledger.holdNew(id, "test", java.time.Instant.now().plusSeconds(600), List.of(shipment), "test");

        assertThat(result).isEmpty();
        assertThat(available(tenun, "Ende")).isEqualTo(1);
        assertThat(available(kain, "Ende")).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from stock_hold where id = :id").param("id", id).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from stock_movement where hold_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from shipment where hold_id = :id").param("id", id).query(Long.class)
                .single()).isZero();
    }

    @Test
    void a_hold_reserves_the_units_at_the_routed_outlet_and_records_why() {
        long tenun = product("Sikka:3|Ende:2|Kota Kupang:5");

        var hold = held(reservations.hold(List.of(new OrderLine(tenun, 2)), ENDE, Duration.ofMinutes(30), "test"));

        assertThat(hold.shipments()).singleElement().satisfies(s -> {
            assertThat(s.outletId()).isEqualTo(outlet("Ende"));
            assertThat(s.reason()).isEqualTo(RoutingReason.NEAREST);
        });
        assertThat(available(tenun, "Ende")).isZero();
        assertThat(jdbc.sql("select routing_reason from shipment where hold_id = :id").param("id", hold.id())
                .query(String.class).single()).isEqualTo("NEAREST");
        assertThat(inventory.mismatchesWithMovements()).isEmpty();
    }

    @Test
    void an_order_no_outlet_can_fill_alone_is_split_into_the_fewest_shipments() {
        long a = product("Sikka:2");
        long b = product("Kota Kupang:1");

        var hold = held(reservations.hold(List.of(new OrderLine(a, 2), new OrderLine(b, 1)), ENDE,
                Duration.ofMinutes(30), "test"));

        assertThat(hold.shipments()).hasSize(2);
        assertThat(hold.shipments()).extracting(Hold.HeldShipment::outletId)
                .containsExactlyInAnyOrder(outlet("Sikka"), outlet("Kota Kupang"));
    }

    @Test
    void an_order_that_cannot_be_filled_holds_nothing() {
        long scarce = product("Sikka:1");

        var result = reservations.hold(List.of(new OrderLine(scarce, 2)), ENDE, Duration.ofMinutes(30), "test");

        assertThat(result).isInstanceOf(HoldResult.Unavailable.class);
        assertThat(available(scarce, "Sikka")).isEqualTo(1);
    }

    @Test
    void pickup_holds_only_at_the_chosen_outlet() {
        long tenun = product("Sikka:5|Manggarai Barat:1");

        var hold = held(reservations.hold(List.of(new OrderLine(tenun, 1)),
                new Destination.Pickup(outlet("Manggarai Barat")), Duration.ofMinutes(30), "test"));
        var tooMany = reservations.hold(List.of(new OrderLine(tenun, 1)),
                new Destination.Pickup(outlet("Manggarai Barat")), Duration.ofMinutes(30), "test");

        assertThat(hold.shipments()).singleElement().extracting(Hold.HeldShipment::reason)
                .isEqualTo(RoutingReason.PICKUP);
        assertThat(tooMany).isInstanceOf(HoldResult.Unavailable.class);
        assertThat(available(tenun, "Sikka")).isEqualTo(5);
    }

    @Test
    void unpaid_holds_expire_and_release_their_stock_but_paid_ones_do_not() {
        long tenun = product("Kota Kupang:4");
        var unpaid = held(reservations.hold(List.of(new OrderLine(tenun, 1)), KUPANG, Duration.ZERO, "test"));
        var paid = held(reservations.hold(List.of(new OrderLine(tenun, 2)), KUPANG, Duration.ZERO, "test"));
        reservations.confirm(paid.id());
        assertThat(available(tenun, "Kota Kupang")).isEqualTo(1);

        reservations.expireDue(1000);

        assertThat(reservations.find(unpaid.id()).orElseThrow().status()).isEqualTo(Hold.Status.EXPIRED);
        assertThat(reservations.find(paid.id()).orElseThrow().status()).isEqualTo(Hold.Status.CONFIRMED);
        assertThat(available(tenun, "Kota Kupang")).isEqualTo(2);
        assertThat(inventory.mismatchesWithMovements()).isEmpty();
    }

    @Test
    void a_rejected_shipment_is_rerouted_to_another_outlet_with_stock() {
        long tenun = product("Ende:1|Sikka:1");
        var hold = held(reservations.hold(List.of(new OrderLine(tenun, 1)), ENDE, Duration.ofMinutes(30), "test"));
        long first = hold.shipments().getFirst().id();

        var plan = reservations.reject(first, "staff", "damaged in the shop");

        assertThat(plan.complete()).isTrue();
        var after = reservations.find(hold.id()).orElseThrow().shipments();
        assertThat(after).extracting(Hold.HeldShipment::status).containsExactly("REJECTED", "ACTIVE");
        assertThat(after.get(1).outletId()).isEqualTo(outlet("Sikka"));
        assertThat(available(tenun, "Ende")).isEqualTo(1);
        assertThat(available(tenun, "Sikka")).isZero();
    }

    @Test
    void when_no_other_outlet_has_the_lines_the_buyer_is_told() {
        long tenun = product("Ende:1");
        var hold = held(reservations.hold(List.of(new OrderLine(tenun, 1)), ENDE, Duration.ofMinutes(30), "test"));

        var plan = reservations.reject(hold.shipments().getFirst().id(), "staff", "miscounted");

        assertThat(plan.unfillable()).containsExactly(new OrderLine(tenun, 1));
        assertThat(events.stream(ShipmentLinesUnfillable.class))
                .anySatisfy(e -> assertThat(e.holdId()).isEqualTo(hold.id()));
    }

    @Test
    void fulfilled_shipments_leave_the_shelf_and_on_hand_rebuilds_from_movements() {
        long tenun = product("Kota Kupang:3");
        var hold = held(reservations.hold(List.of(new OrderLine(tenun, 2)), KUPANG, Duration.ofMinutes(30), "test"));
        reservations.confirm(hold.id());

        reservations.fulfil(hold.shipments().getFirst().id(), MovementKind.HANDED_OVER, "staff");

        var stock = inventory.stockOf(tenun).getFirst();
        assertThat(stock.onHand()).isEqualTo(1);
        assertThat(stock.reserved()).isZero();
        assertThat(inventory.mismatchesWithMovements()).isEmpty();
        List<String> kinds = new ArrayList<>(jdbc.sql("select kind from stock_movement where product_id = :p order by id")
                .param("p", tenun).query(String.class).list());
        assertThat(kinds).containsExactly("COUNTED", "RESERVED", "HANDED_OVER");
    }
}
