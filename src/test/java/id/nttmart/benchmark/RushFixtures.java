package id.nttmart.benchmark;

import id.nttmart.region.Regions;
import id.nttmart.support.Csv;
import id.nttmart.support.ShopClient;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first-of-the-month rush's data, set up in bulk SQL because it is not what is measured: civil servants on the
 * rosters of a few agencies, each with a customer account whose NIP is already linked (as {@code POST
 * /api/v1/asn/me} would link it; one bcrypt hash computed once and shared, the password being the same for all), and
 * goods in three price bands (Rp50,000, Rp30,000, Rp20,000) stocked plentifully at every outlet through the
 * administrator's CSV import, so one of each, picked up at an outlet, is exactly Rp100,000.
 */
final class RushFixtures {

    static final String PASSWORD = "rush-pass-2026";
    static final int AGENCIES = 20;
    static final long[] BANDS = {50_000, 30_000, 20_000};
    static final List<String> NAMES = List.of("Kopi Arabika Bajawa", "Madu Hutan Sumba", "Tenun Ikat Sikka",
            "Gula Lontar Rote", "Kacang Mete Flores", "Se'i Sapi Kupang");
    static final List<String> CATEGORIES = List.of("kopi", "madu", "tenun", "kopi", "madu", "tenun");

    record Buyer(String username, String nip) {}

    record Goods(List<List<String>> skusByBand, List<String> outletCodes) {}

    private RushFixtures() {}

    /** Creates (or finds, on a second run against the same database) {@code count} linked civil servants. */
    static List<Buyer> civilServants(JdbcClient jdbc, PasswordEncoder encoder, int count) {
        String hash = encoder.encode(PASSWORD);
        for (int a = 1; a <= AGENCIES; a++) {
            jdbc.sql("insert into asn_agency (code, name) values (:c, :n) on conflict (code) do nothing")
                    .param("c", "RUSH-%02d".formatted(a)).param("n", "Dinas Uji Beban %02d".formatted(a)).update();
        }
        // NIP: born 1968-01-01 plus g/999 days, appointed 1993-01, sex 1, sequence 1..999: unique per g.
        jdbc.sql("drop table if exists rush_people").update();
        jdbc.sql("""
                create unlogged table rush_people as
                select g, 'rush-' || lpad(g::text, 5, '0') as username,
                       to_char(date '1968-01-01' + (g / 999), 'YYYYMMDD') || '199301' || '1'
                           || lpad((g % 999 + 1)::text, 3, '0') as nip,
                       (select id from asn_agency where code = 'RUSH-' || lpad((g % :agencies + 1)::text, 2, '0'))
                           as agency_id
                from generate_series(1, :n) g""").param("agencies", AGENCIES).param("n", count).update();
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, email)
                select username, :hash, 'ASN Uji ' || g, username || '@example.com' from rush_people
                on conflict (username) do nothing""").param("hash", hash).update();
        jdbc.sql("""
                insert into app_user_role (user_id, role)
                select u.id, 'CUSTOMER' from rush_people p join app_user u on u.username = p.username
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into asn_roster (nip, name, agency_id) select nip, 'ASN Uji ' || g, agency_id from rush_people
                on conflict (nip) do nothing""").update();
        jdbc.sql("""
                insert into asn_identity (nip, user_id, agency_id)
                select p.nip, u.id, p.agency_id from rush_people p join app_user u on u.username = p.username
                on conflict do nothing""").update();
        var linked = jdbc.sql("""
                select p.username, p.nip from rush_people p
                join asn_identity i on i.nip = p.nip
                join app_user u on u.id = i.user_id and u.username = p.username
                order by p.g""").query(Buyer.class).list();
        jdbc.sql("drop table rush_people").update();
        return linked;
    }

    /** Six products per price band, each with {@code perOutlet} units at the main outlet of every regency (where buyers pick up). */
    static Goods goods(ShopClient shop, JdbcClient jdbc, Regions regions, int perOutlet) {
        String stock = String.join("|", regions.regencies().stream().map(r -> r.name() + ":" + perOutlet).toList());
        List<String> rows = new ArrayList<>();
        for (int band = 0; band < BANDS.length; band++) {
            for (int i = 0; i < NAMES.size(); i++) {
                String sku = "RUSH-%d-%02d".formatted(band, i);
                String licence = CATEGORIES.get(i).equals("tenun") ? "" : "PIRT:1";
                rows.add("%s,%s %s,Test %s %s,,,%s,OVOP,Desa Uji,Ngada,UMKM Uji,%d,250,%s,none,%s".formatted(sku,
                        NAMES.get(i), sku, NAMES.get(i), sku, CATEGORIES.get(i), BANDS[band], licence, stock));
            }
        }
        var report = shop.importCsvAsAdmin(Csv.of(rows.toArray(String[]::new)));
        if (report.status() != 200) {
            throw new IllegalStateException("Import refused: " + report.body());
        }
        List<List<String>> skus = new ArrayList<>();
        for (int band = 0; band < BANDS.length; band++) {
            skus.add(jdbc.sql("select sku from product where sku like :p and price_idr = :price order by sku")
                    .param("p", "RUSH-" + band + "-%").param("price", BANDS[band]).query(String.class).list());
            if (skus.getLast().isEmpty()) {
                throw new IllegalStateException("No product listed in band " + band + ": " + report.body());
            }
        }
        return new Goods(skus, regions.outlets().stream().filter(o -> o.mainOutlet()).map(o -> o.code())
                .toList());
    }
}
