package id.nttmart.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Haversine distances between regency seats, checked against distances measured on a map. */
class GreatCircleTest {

    @Test
    void kupang_to_labuan_bajo_is_about_450_km() {
        assertThat(Seat.KUPANG.kmTo(Seat.LABUAN_BAJO)).isCloseTo(450, within(5.0));
    }

    @Test
    void ende_to_maumere_is_about_65_km() {
        assertThat(Seat.ENDE.kmTo(Seat.MAUMERE)).isCloseTo(65, within(3.0));
    }

    @Test
    void distance_is_zero_to_the_same_place_and_the_same_both_ways() {
        assertThat(Seat.ENDE.kmTo(Seat.ENDE)).isZero();
        assertThat(Seat.WAINGAPU.kmTo(Seat.KUPANG)).isEqualTo(Seat.KUPANG.kmTo(Seat.WAINGAPU));
    }

    @Test
    void a_place_off_the_globe_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> GreatCircle.requireCoordinates(-91, 120));
        assertThatIllegalArgumentException().isThrownBy(() -> GreatCircle.requireCoordinates(-8, 181));
    }
}
