package id.nttmart.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RupiahTest {

    @Test
    void prices_are_written_the_indonesian_way() {
        assertThat(Rupiah.format(150_000)).isEqualTo("Rp150.000");
        assertThat(Rupiah.format(1_250_000)).isEqualTo("Rp1.250.000");
        assertThat(Rupiah.format(500)).isEqualTo("Rp500");
        assertThat(Rupiah.format(0)).isEqualTo("Rp0");
        assertThat(Rupiah.format(-25_000)).isEqualTo("-Rp25.000");
    }
}
