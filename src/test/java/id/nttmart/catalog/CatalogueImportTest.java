package id.nttmart.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CatalogueImportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ShopClient shop;

    @BeforeEach
    void client() {
        shop = new ShopClient(port);
    }

    @Test
    void good_rows_are_kept_and_bad_rows_are_reported_with_line_and_reason() {
        var csv = Csv.of(
                "IMP-OK-1,Kopi Arabika Colol 250 g,Colol Arabica Coffee 250 g,Kopi dari lereng Colol.,Coffee from"
                        + " the Colol slopes.,kopi,OVOP,Desa Colol,Manggarai,UMKM Kopi Colol,95000,250,"
                        + "PIRT:2055301010123-29;HALAL:ID53110000123450125,none,Manggarai:12|Kota Kupang:3",
                "IMP-BAD-1,Madu Tanpa Izin,Honey Without Permit,,,madu,OVOP,Desa X,Sikka,UMKM X,50000,500,,none,",
                "IMP-BAD-2,Tenun,Ikat,,,tenun,OVOP,Desa Y,Jakarta,UMKM Y,1.500.000,800,,none,Jakarta:3",
                "\"IMP-OK-2\",\"Tenun Ikat Sikka, Motif Mawarani\",\"Sikka Ikat, Mawarani Motif\",\"Ditenun"
                        + " dengan \"\"pewarna alam\"\".\nDua baris.\",Natural dyes.,tenun,OCOP,Kelompok Tenun"
                        + " Watublapi,Sikka,Kelompok Tenun Watublapi,1250000,700,,none,Sikka:2");

        var response = shop.importCsvAsAdmin(csv);

        assertThat(response.status()).isEqualTo(200);
        var report = response.json();
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(2);
        assertThat(report.get("errors")).hasSize(2);
        assertThat(report.get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(report.get("errors").get(0).get("sku").asString()).isEqualTo("IMP-BAD-1");
        assertThat(report.get("errors").get(0).get("reason").asString()).contains("PIRT or BPOM");
        assertThat(report.get("errors").get(1).get("line").asInt()).isEqualTo(4);
        assertThat(report.get("errors").get(1).get("reason").asString())
                .contains("Jakarta").contains("price_idr");
        assertThat(jdbc.sql("select count(*) from product where sku like 'IMP-BAD-%'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select description_id from product where sku = 'IMP-OK-2'").query(String.class)
                .single()).isEqualTo("Ditenun dengan \"pewarna alam\".\nDua baris.");
        assertThat(jdbc.sql("""
                        select s.on_hand from stock s join outlet o on o.id = s.outlet_id
                        join regency r on r.id = o.regency_id join product p on p.id = s.product_id
                        where p.sku = 'IMP-OK-1' and r.name = 'Kota Kupang'""").query(Integer.class).single())
                .isEqualTo(3);
    }

    @Test
    void reimporting_a_sku_updates_it() {
        String row = "IMP-UPD-1,Gula Lontar Rote,Rote Palm Sugar,,,pangan,OVOP,Desa Oelua,Rote Ndao,UMKM Gula Oelua,"
                + "%d,500,PIRT:2055301010999-28,none,Rote Ndao:%d";
        assertThat(shop.importCsvAsAdmin(Csv.of(row.formatted(30000, 10))).json().get("created").asInt())
                .isEqualTo(1);

        var second = shop.importCsvAsAdmin(Csv.of(row.formatted(32000, 4))).json();

        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select price_idr from product where sku = 'IMP-UPD-1'").query(Long.class).single())
                .isEqualTo(32000);
        assertThat(jdbc.sql("select sum(on_hand) from stock s join product p on p.id = s.product_id"
                + " where p.sku = 'IMP-UPD-1'").query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void a_wrong_header_is_refused_as_a_whole() {
        var response = shop.importCsvAsAdmin("sku;name;price\nA;B;1\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asString()).contains("missing").contains("name_id");
    }

    @Test
    void an_unclosed_quote_is_reported_and_earlier_rows_are_kept() {
        var response = shop.importCsvAsAdmin(Csv.of(
                "IMP-Q-1,Kenari Alor,Alor Kenari Nuts,,,camilan,OVOP,Desa Alor Kecil,Alor,UMKM Kenari,45000,250,"
                        + "PIRT:2055301010777-29,none,Alor:5",
                "IMP-Q-2,\"Kenari,Alor,Alor Kenari,,,camilan,OVOP,Desa,Alor,UMKM,45000,250,,none,"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("created").asInt()).isEqualTo(1);
        assertThat(response.json().get("errors").get(0).get("reason").asString()).contains("quote");
    }

    @Test
    void only_back_office_users_may_import() {
        var csv = Csv.of();
        assertThat(shop.importCsv(csv, null, null).status()).isEqualTo(401);
        assertThat(shop.importCsv(csv, "admin", "wrong").status()).isEqualTo(401);
        assertThat(shop.importCsv(csv, "customer", "customer").status()).isEqualTo(403);
        // Outlet staff may import, but their products wait for a curator (see curation.CurationTest).
        assertThat(shop.importCsv(csv, "staff", "staff").status()).isEqualTo(200);
    }

    @Autowired
    id.nttmart.inventory.Reservations reservations;

    @Test
    void a_row_that_fails_halfway_leaves_nothing_of_itself_written() {
        String row = "IMP-ATOM-1,Kopi Colol,Colol Coffee,,,kopi,OVOP,Desa Colol,Manggarai,UMKM Kopi Colol,%d,250,"
                + "PIRT:2055301010123-29,none,Manggarai:%d";
        shop.importCsvAsAdmin(Csv.of(row.formatted(90000, 2)));
        long id = jdbc.sql("select id from product where sku = 'IMP-ATOM-1'").query(Long.class).single();
        var held = reservations.hold(java.util.List.of(new id.nttmart.routing.OrderLine(id, 2)),
                new id.nttmart.routing.Destination.Delivery("Flores", -8.61, 120.46), java.time.Duration.ofMinutes(5),
                "test");
        assertThat(held).isInstanceOf(id.nttmart.inventory.HoldResult.Held.class);

        // A new price, but a count of 1 where 2 units are already held for a buyer: the row must fail whole.
        var report = shop.importCsvAsAdmin(Csv.of(row.formatted(99000, 1))).json();

        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("reason").asString()).contains("reserved");
        assertThat(jdbc.sql("select price_idr from product where id = :id").param("id", id).query(Long.class)
                .single()).isEqualTo(90000);
        assertThat(jdbc.sql("select sum(on_hand) from stock where product_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(2);
    }
}
