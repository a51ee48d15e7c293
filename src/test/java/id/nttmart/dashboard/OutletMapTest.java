package id.nttmart.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.dashboard.DashboardFigures.OutletSales;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's projection, colour classes and labels, without a browser. */
class OutletMapTest {

    @Test
    void every_seat_of_the_province_lies_inside_the_view_box() {
        double[][] extremes = {{-8.22, 124.52}, {-10.73, 123.06}, {-9.43, 119.24}, {-9.11, 124.89}};
        for (double[] seat : extremes) {
            assertThat(OutletMap.x(seat[1])).isBetween(0.0, (double) OutletMap.WIDTH);
            assertThat(OutletMap.y(seat[0])).isBetween(0.0, OutletMap.HEIGHT - 40.0);
        }
        // North is up and west is left: Alor (Kalabahi) lies north-east of Rote (Ba'a).
        assertThat(OutletMap.x(124.52)).isGreaterThan(OutletMap.x(123.06));
        assertThat(OutletMap.y(-8.22)).isLessThan(OutletMap.y(-10.73));
    }

    @Test
    void outlets_without_sales_are_grey_and_the_best_is_darkest() {
        assertThat(OutletMap.colourClass(0, 100)).isZero();
        assertThat(OutletMap.colourClass(1, 100)).isEqualTo(1);
        assertThat(OutletMap.colourClass(25, 100)).isEqualTo(1);
        assertThat(OutletMap.colourClass(26, 100)).isEqualTo(2);
        assertThat(OutletMap.colourClass(75, 100)).isEqualTo(3);
        assertThat(OutletMap.colourClass(100, 100)).isEqualTo(4);
        assertThat(OutletMap.colourClass(0, 0)).isZero();
    }

    @Test
    void names_are_escaped_so_an_outlet_name_cannot_inject_markup() {
        var outlet = new OutletSales("NTM-X", "<script>alert(1)</script>", "Sikka & 'Co'", "Flores", -8.62, 122.21,
                1, 2, 300_000);

        String svg = OutletMap.svg(List.of(outlet), "Map", new String[] {"a", "b", "c", "d", "e"});

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("Sikka &amp; &#39;Co&#39;")
                .contains("Rp300.000").contains("data-code='NTM-X'");
    }
}
