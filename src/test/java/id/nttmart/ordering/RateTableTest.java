package id.nttmart.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class RateTableTest {

    private final RateTable shipped = new RateTable(new ClassPathResource("delivery/rates.csv"));

    @Test
    void the_first_kilogram_then_each_started_one() {
        assertThat(shipped.rate(ShippingZone.SAME_ISLAND, 1)).isEqualTo(new ShippingRates.Rate(15_000, 1, 3));
        assertThat(shipped.rate(ShippingZone.SAME_ISLAND, 1000).priceIdr()).isEqualTo(15_000);
        assertThat(shipped.rate(ShippingZone.SAME_ISLAND, 1001).priceIdr()).isEqualTo(20_000);
        assertThat(shipped.rate(ShippingZone.ABROAD, 2500).priceIdr()).isEqualTo(350_000 + 2 * 150_000);
        assertThat(shipped.rate(ShippingZone.PICKUP, 9000).priceIdr()).isZero();
    }

    @Test
    void farther_costs_more() {
        long previous = -1;
        for (ShippingZone zone : ShippingZone.values()) {
            long price = shipped.rate(zone, 1500).priceIdr();
            assertThat(price).isGreaterThan(previous);
            previous = price;
        }
    }

    @Test
    void a_table_missing_a_zone_is_refused_at_start() {
        var partial = new ByteArrayResource("zone,first_kg_idr,extra_kg_idr,min_days,max_days\nPICKUP,0,0,0,1\n"
                .getBytes());
        assertThatThrownBy(() -> new RateTable(partial)).hasMessageContaining("no row for SAME_ISLAND");
    }
}
