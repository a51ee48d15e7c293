package id.nttmart.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.region.Address;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderChecksTest {

    private static final Buyer BUYER = new Buyer(" Maria Goreti ", "Maria@Example.COM", "0812 3456 7890");
    private static final Address KUPANG = new Address("Maria", "0812 3456 7890", "Jl. El Tari No. 5", "Oebobo",
            "Oebobo", "Kota Kupang", "Nusa Tenggara Timur", "85111", "ID");

    private static PlaceOrder order(List<PlaceOrder.Line> lines, DeliveryChoice delivery, Buyer buyer) {
        return new PlaceOrder(lines, delivery, buyer, false, Locale.ENGLISH, null, "http://shop");
    }

    private static List<String> fields(OrderChecks.Outcome outcome) {
        return outcome instanceof OrderChecks.Outcome.Invalid invalid
                ? invalid.errors().stream().map(FieldError::field).toList() : List.of();
    }

    @Test
    void a_good_order_is_tidied_not_refused() {
        var outcome = OrderChecks.check(order(List.of(new PlaceOrder.Line("KOPI-1", 2), new PlaceOrder.Line("KOPI-1", 3)),
                new DeliveryChoice.Ship(KUPANG), BUYER));
        assertThat(outcome).isInstanceOf(OrderChecks.Outcome.Valid.class);
        var tidy = ((OrderChecks.Outcome.Valid) outcome).order();
        assertThat(tidy.lines()).containsExactly(new PlaceOrder.Line("KOPI-1", 5));
        assertThat(tidy.buyer()).isEqualTo(new Buyer("Maria Goreti", "maria@example.com", "+6281234567890"));
        assertThat(((DeliveryChoice.Ship) tidy.delivery()).address().phone()).isEqualTo("+6281234567890");
    }

    @Test
    void every_mistake_is_reported_by_field_at_once() {
        var address = new Address("", "12", "x", null, null, "Kupang", null, "8511", "ID");
        var outcome = OrderChecks.check(order(List.of(new PlaceOrder.Line("<script>", 1), new PlaceOrder.Line("A", -1),
                new PlaceOrder.Line("B", 100)), new DeliveryChoice.Ship(address),
                new Buyer("<b>Eve</b>", "not-an-email", "abc")));
        assertThat(fields(outcome)).contains("lines[0].sku", "lines[1].qty", "lines[2].qty", "buyer.name",
                "buyer.email", "buyer.phone", "delivery.address.recipient", "delivery.address.phone",
                "delivery.address.street", "delivery.address.postal_code");
    }

    @Test
    void ten_thousand_lines_or_none_are_refused() {
        var many = IntStream.range(0, 10_000).mapToObj(i -> new PlaceOrder.Line("SKU-" + i, 1)).toList();
        assertThat(fields(OrderChecks.check(order(many, new DeliveryChoice.Pickup("X"), BUYER)))).contains("lines");
        assertThat(fields(OrderChecks.check(order(List.of(), new DeliveryChoice.Pickup("X"), BUYER))))
                .containsExactly("lines");
    }

    @Test
    void units_of_one_product_add_up_to_at_most_99() {
        var outcome = OrderChecks.check(order(List.of(new PlaceOrder.Line("A", 60), new PlaceOrder.Line("A", 60)),
                new DeliveryChoice.Pickup("X"), BUYER));
        assertThat(fields(outcome)).containsExactly("lines");
    }

    @Test
    void foreign_addresses_take_their_own_postal_codes_and_phone_numbers() {
        var sydney = new Address("Jane Doe", "0412 345 678", "1 George St", null, null, "Sydney", "NSW", "2000", "au");
        var outcome = OrderChecks.check(order(List.of(new PlaceOrder.Line("A", 1)), new DeliveryChoice.Ship(sydney),
                BUYER));
        assertThat(outcome).isInstanceOf(OrderChecks.Outcome.Valid.class);
        var address = ((DeliveryChoice.Ship) ((OrderChecks.Outcome.Valid) outcome).order().delivery()).address();
        assertThat(address.country()).isEqualTo("AU");
        assertThat(address.phone()).isEqualTo("+61412345678");

        var nowhere = new Address("Jane", "+61412345678", "1 George St", null, null, "Sydney", null, "2000", "XX");
        assertThat(fields(OrderChecks.check(order(List.of(new PlaceOrder.Line("A", 1)),
                new DeliveryChoice.Ship(nowhere), BUYER)))).containsExactly("delivery.address.country");
    }
}
