package id.nttmart.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrations applied on the real PostgreSQL: the regencies of NTT and one outlet in each. */
@IntegrationTest
class RegionsTest {

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void migrations_create_the_22_regencies_with_one_main_outlet_each() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class)
                .single()).isGreaterThanOrEqualTo(3);
        assertThat(regions.regencies()).hasSize(22);
        assertThat(regions.outlets().stream().filter(Outlet::mainOutlet)).hasSize(22);
        assertThat(regions.findByName("manggarai barat")).get().extracting(Regency::seat).isEqualTo("Labuan Bajo");
        assertThat(regions.findByName("Kabupaten Sikka")).get().extracting(Regency::island).isEqualTo("Flores");
        assertThat(regions.findByName("Jakarta")).isEmpty();
    }

    @Test
    void the_outlets_api_lists_every_outlet_with_its_place() {
        var outlets = new ShopClient(port).get("/api/v1/outlets").json();

        assertThat(outlets).hasSize(22);
        var labuanBajo = java.util.stream.StreamSupport.stream(outlets.spliterator(), false)
                .filter(o -> o.get("regency").asString().equals("Manggarai Barat")).findFirst().orElseThrow();
        assertThat(labuanBajo.get("name").asString()).isEqualTo("NTT Mart by Dekranasda Manggarai Barat");
        assertThat(labuanBajo.get("island").asString()).isEqualTo("Flores");
        assertThat(labuanBajo.get("opening_hours").asString()).isNotBlank();
    }
}
