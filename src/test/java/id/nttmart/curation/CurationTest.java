package id.nttmart.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.nttmart.catalog.ProductEdits;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The curator console's rules over HTTP, as curators, outlet staff and their scripts meet them. */
@IntegrationTest
class CurationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProductEdits edits;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    LicenceExpiry licenceExpiry;

    ShopClient shop;

    @BeforeEach
    void client() {
        shop = new ShopClient(port);
    }

    @AfterEach
    void restore() {
        CurationFixtures.delistAll(jdbc, edits, transactions, "CUR-T-");
        CurationFixtures.deleteCollections(jdbc, "uji-");
    }

    @Test
    void staff_imports_wait_for_review_and_are_listed_only_once_a_curator_approves() {
        var report = shop.importCsv(Csv.of(
                "CUR-T-STAFF-1,Songke Manggarai Barat Uji,Manggarai Barat Songke Test,Kain songke.,Songke cloth.,"
                        + "tenun,OVOP,Desa Warloka,Manggarai Barat,Kelompok Tenun Warloka,650000,600,,none,",
                "CUR-T-STAFF-2,Se'i Kupang Uji,Kupang Smoked Beef Test,,,pangan,OVOP,Kelurahan Oebobo,Kota Kupang,"
                        + "UMKM Se'i Oebobo,120000,500,PIRT:2065371010001-28,none,"), "staff", "staff");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().get("created").asInt()).isEqualTo(1);
        assertThat(report.json().get("errors").get(0).get("reason").asString()).contains("Kota Kupang");
        assertThat(status("CUR-T-STAFF-1")).isEqualTo("PENDING_REVIEW");
        assertThat(shop.get("/api/v1/products/CUR-T-STAFF-1").status()).isEqualTo(404);

        var queue = shop.getAs("/api/v1/curation/queue", "curator", "curator").json();
        var item = queue.valueStream().filter(i -> i.get("sku").asString().equals("CUR-T-STAFF-1")).findFirst();
        assertThat(item).isPresent();
        assertThat(item.get().get("submitted_by").asString()).isEqualTo("staff");
        assertThat(item.get().get("state").asString()).isEqualTo("PENDING");

        var approved = shop.post("/api/v1/curation/products/CUR-T-STAFF-1/approve", "curator", "curator");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(shop.get("/api/v1/products/CUR-T-STAFF-1").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(shop.search("Songke Manggarai Barat Uji")
                .json().get("items").findValuesAsString("sku")).contains("CUR-T-STAFF-1"));
        assertThat(auditActions("CUR-T-STAFF-1")).containsExactly("staff:product submitted",
                "curator:product approved");
    }

    @Test
    void a_sikka_curator_can_neither_decide_nor_edit_a_product_of_another_regency() {
        shop.importCsv(Csv.of("CUR-T-SCOPE-1,Tas Anyaman Lontar Uji,Lontar Basket Bag Test,,,kerajinan,OCOP,"
                + "Labuan Bajo,Manggarai Barat,Komunitas Anyam Bajo,180000,400,,none,"), "staff", "staff");
        long version = version("CUR-T-SCOPE-1");

        assertThat(shop.post("/api/v1/curation/products/CUR-T-SCOPE-1/approve", "curator-sikka", "curator-sikka")
                .status()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/curation/products/CUR-T-SCOPE-1/reject", "curator-sikka",
                "{\"text\": \"bukan wilayah saya\"}").status()).isEqualTo(403);
        assertThat(send("PUT", "/api/v1/curation/products/CUR-T-SCOPE-1/restriction", "curator-sikka",
                "{\"alcohol\": true}").status()).isEqualTo(403);
        assertThat(send("PUT", "/api/v1/curation/products/CUR-T-SCOPE-1", "curator-sikka", editBody("Diubah", "")
                ).status()).isEqualTo(403);

        assertThat(status("CUR-T-SCOPE-1")).isEqualTo("PENDING_REVIEW");
        assertThat(version("CUR-T-SCOPE-1")).isEqualTo(version);
        assertThat(jdbc.sql("select restriction from product where sku = 'CUR-T-SCOPE-1'").query(String.class)
                .single()).isEqualTo("NONE");
        assertThat(auditActions("CUR-T-SCOPE-1")).containsExactly("staff:product submitted");
        assertThat(shop.getAs("/api/v1/curation/queue", "curator-sikka", "curator-sikka").json()
                .findValuesAsString("sku")).doesNotContain("CUR-T-SCOPE-1");

        // The same curator decides on products of Sikka, and may not put a collection on the province's home page.
        shop.importCsvAsAdmin(Csv.of("CUR-T-SCOPE-2,Sarung Tenun Sikka Uji,Sikka Ikat Sarong Test,,,tenun,OVOP,"
                + "Desa Watublapi,Sikka,Kelompok Tenun Watublapi,900000,700,,none,"));
        jdbc.sql("update product set status = 'PENDING_REVIEW' where sku = 'CUR-T-SCOPE-2'").update();
        assertThat(shop.post("/api/v1/curation/products/CUR-T-SCOPE-2/approve", "curator-sikka", "curator-sikka")
                .status()).isEqualTo(200);
        assertThat(send("PUT", "/api/v1/curation/collections/uji-sikka", "curator-sikka", """
                {"slug": "uji-sikka", "title_id": "Tenun Sikka", "title_en": "Sikka Ikat", "on_home": true,
                 "skus": ["CUR-T-SCOPE-2"]}""").status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from featured_collection where slug = 'uji-sikka'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void food_is_approved_only_with_a_food_licence_that_has_not_expired() {
        shop.importCsv(Csv.of("CUR-T-FOOD-1,Madu Hutan Mbeliling Uji,Mbeliling Forest Honey Test,,,madu,OVOP,"
                + "Desa Cunca Lolos,Manggarai Barat,UMKM Madu Mbeliling,85000,350,PIRT:2065315010002-27,none,"),
                "staff", "staff");

        var undated = shop.post("/api/v1/curation/products/CUR-T-FOOD-1/approve", "curator", "curator");
        assertThat(undated.status()).isEqualTo(409);
        assertThat(undated.json().get("error").asString()).isEqualTo("licence_undated");
        assertThat(undated.json().get("message").asString()).contains("expiry date");

        var expired = send("PUT", "/api/v1/curation/products/CUR-T-FOOD-1", "curator", editBody("Madu Hutan Mbeliling Uji",
                "\"licences\": [{\"type\": \"PIRT\", \"number\": \"2065315010002-27\", \"expires_on\": \""
                        + LocalDate.now().minusDays(3) + "\"}],"));
        assertThat(expired.status()).isEqualTo(200);
        assertThat(shop.post("/api/v1/curation/products/CUR-T-FOOD-1/approve", "curator", "curator").json()
                .get("error").asString()).isEqualTo("licence_expired");
        assertThat(status("CUR-T-FOOD-1")).isEqualTo("PENDING_REVIEW");

        send("PUT", "/api/v1/curation/products/CUR-T-FOOD-1", "curator", editBody("Madu Hutan Mbeliling Uji",
                "\"licences\": [{\"type\": \"PIRT\", \"number\": \"2065315010002-27\", \"expires_on\": \""
                        + LocalDate.now().plusYears(2) + "\"}],"));
        assertThat(shop.post("/api/v1/curation/products/CUR-T-FOOD-1/approve", "curator", "curator").status())
                .isEqualTo(200);
        assertThat(status("CUR-T-FOOD-1")).isEqualTo("LISTED");
    }

    @Test
    void the_licence_expiry_job_delists_expired_food_once_and_audits_it() {
        shop.importCsvAsAdmin(Csv.of(
                "CUR-T-EXP-1,Kopi Colol Uji Kedaluwarsa,Colol Coffee Expired Test,,,kopi,OVOP,Desa Colol,"
                        + "Manggarai Timur,UMKM Kopi Colol Uji,90000,250,PIRT:2065319010003-26,none,",
                "CUR-T-EXP-2,Kopi Colol Uji Segera,Colol Coffee Soon Test,,,kopi,OVOP,Desa Colol,"
                        + "Manggarai Timur,UMKM Kopi Colol Uji,90000,250,PIRT:2065319010004-26,none,"));
        LocalDate today = LicenceCheck.today();
        jdbc.sql("update product_licence set expires_on = :d where number = '2065319010003-26'")
                .param("d", today.minusDays(1)).update();
        jdbc.sql("update product_licence set expires_on = :d where number = '2065319010004-26'")
                .param("d", today.plusDays(10)).update();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(shop.search("Kopi Colol Uji")
                .json().get("items").findValuesAsString("sku")).contains("CUR-T-EXP-1", "CUR-T-EXP-2"));

        assertThat(shop.getAs("/api/v1/curation/licences/expiring", "curator", "curator").json()
                .findValuesAsString("sku")).contains("CUR-T-EXP-2");

        // Two instances run the job at the same moment: the product is delisted once.
        var first = CompletableFuture.supplyAsync(() -> licenceExpiry.delistExpired(today));
        var second = CompletableFuture.supplyAsync(() -> licenceExpiry.delistExpired(today));
        assertThat(first.join() + second.join()).as("delisted by these runs (the scheduled run may come first)")
                .isLessThanOrEqualTo(1);

        assertThat(status("CUR-T-EXP-1")).isEqualTo("DELISTED");
        assertThat(status("CUR-T-EXP-2")).isEqualTo("LISTED");
        assertThat(auditActions("CUR-T-EXP-1")).containsExactly("licence expiry:product delisted");
        assertThat(shop.get("/api/v1/products/CUR-T-EXP-1").status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(shop.search("Kopi Colol Uji")
                .json().get("items").findValuesAsString("sku")).doesNotContain("CUR-T-EXP-1").contains("CUR-T-EXP-2"));
    }

    @Test
    void a_script_or_an_event_attribute_never_reaches_the_product_page() {
        shop.importCsvAsAdmin(Csv.of("CUR-T-XSS-1,Selendang Tenun Ende Uji,Ende Ikat Shawl Test,"
                + "\"<p>Dari impor</p><script>alert('impor')</script>\",,tenun,OVOP,Desa Nggela,Ende,"
                + "Kelompok Tenun Nggela,350000,300,,none,"));
        String slug = jdbc.sql("select slug from product where sku = 'CUR-T-XSS-1'").query(String.class).single();
        assertThat(shop.get("/produk/" + slug).body()).contains("Dari impor").doesNotContain("alert(");

        var edited = send("PUT", "/api/v1/curation/products/CUR-T-XSS-1", "curator", editBody(
                "Selendang Tenun Ende Uji", "").replace("\"description_id\": \"\"", "\"description_id\": "
                + "\"<p>Tenun <b>ikat</b> Nggela</p><script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\\\"javascript:alert(3)\\\">lihat</a>\""));

        assertThat(edited.status()).isEqualTo(200);
        String stored = jdbc.sql("select description_id from product where sku = 'CUR-T-XSS-1'").query(String.class)
                .single();
        assertThat(stored).contains("<b>ikat</b>").doesNotContain("script").doesNotContain("onerror")
                .doesNotContain("javascript:");
        String page = shop.get("/produk/" + slug).body();
        assertThat(page).contains("<b>ikat</b>").doesNotContain("alert(").doesNotContain("onerror");
        assertThat(auditActions("CUR-T-XSS-1")).containsExactly("curator:product edited");
    }

    @Test
    void a_drink_a_curator_marks_as_alcohol_is_sold_only_to_buyers_who_confirm_their_age() {
        shop.importCsvAsAdmin(Csv.of("CUR-T-MOKE-1,Moke Sikka Uji 600 ml,Sikka Moke Test 600 ml,,,minuman,OVOP,"
                + "Desa Nita,Sikka,UMKM Moke Nita,75000,900,PIRT:2065307010005-28,none,Sikka:4"));

        var marked = send("PUT", "/api/v1/curation/products/CUR-T-MOKE-1/restriction", "curator-sikka",
                "{\"alcohol\": true}");

        assertThat(marked.status()).isEqualTo(200);
        assertThat(shop.get("/api/v1/products/CUR-T-MOKE-1").json().get("alcohol").asBoolean()).isTrue();
        var order = shop.postJson("/api/v1/orders", """
                {"lines": [{"sku": "CUR-T-MOKE-1", "qty": 1}],
                 "delivery": {"type": "ship", "address": {"street": "Jl. Gajah Mada 3", "district": "Alok",
                              "regency": "Sikka", "postal_code": "86111"}},
                 "buyer": {"name": "Yohanes", "email": "yohanes@example.com", "phone": "0812 3456 7890"},
                 "ageConfirmed": false, "lang": "en"}""");
        assertThat(order.status()).isEqualTo(400);
        assertThat(order.json().get("fields").findValuesAsString("field")).containsExactly("age_confirmed");
        assertThat(auditActions("CUR-T-MOKE-1")).containsExactly("curator-sikka:product marked alcohol");
    }

    @Autowired
    ProductEditing editing;

    /** The application's security context strategy (Vaadin's), as a signed-in request would carry it. */
    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContexts;

    @Test
    void only_a_real_picture_of_at_most_2_mb_becomes_the_product_photograph() throws Exception {
        shop.importCsvAsAdmin(Csv.of("CUR-T-IMG-1,Topi Ti'i Langga Uji,Ti'i Langga Hat Test,,,kerajinan,OVOP,"
                + "Desa Oelua,Rote Ndao,UMKM Ti'i Langga Oelua,150000,200,,none,"));
        byte[] png;
        try (var out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
            png = out.toByteArray();
        }
        var curator = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("curator",
                null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                        "ROLE_CURATOR")));
        securityContexts.getContext().setAuthentication(curator);
        try {
            byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(CurationRefusal.class,
                    () -> editing.putImage("CUR-T-IMG-1", html)).code()).isEqualTo("image_type");
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(CurationRefusal.class,
                    () -> editing.putImage("CUR-T-IMG-1", java.util.Arrays.copyOf(png,
                            ProductEditing.MAX_IMAGE_BYTES + 1))).code()).isEqualTo("image_too_large");
            assertThat(shop.getBytes("/media/products/CUR-T-IMG-1/0").contentType()).startsWith("image/svg+xml");

            editing.putImage("CUR-T-IMG-1", png);
        } finally {
            securityContexts.clearContext();
        }

        var served = shop.getBytes("/media/products/CUR-T-IMG-1/0");
        assertThat(served.contentType()).startsWith("image/png");
        assertThat(served.body()).isEqualTo(png);
        assertThat(auditActions("CUR-T-IMG-1")).containsExactly("curator:product image replaced");
    }

    private String status(String sku) {
        return jdbc.sql("select status from product where sku = :sku").param("sku", sku).query(String.class).single();
    }

    private long version(String sku) {
        return jdbc.sql("select version from product where sku = :sku").param("sku", sku).query(Long.class).single();
    }

    private java.util.List<String> auditActions(String sku) {
        return jdbc.sql("""
                        select actor || ':' || action from audit_entry where subject_type = 'product' and subject_id = :sku
                        order by id""")
                .param("sku", sku).query(String.class).list();
    }

    private static String editBody(String nameId, String licences) {
        return """
                {"name_id": "%s", "name_en": "Test product", "description_id": "", "description_en": "",
                 %s "category": "%s", "price_idr": 99000}"""
                .formatted(nameId, licences.isEmpty() ? "\"licences\": []," : licences,
                        nameId.startsWith("Madu") ? "madu" : "tenun");
    }

    private ShopClient.Response send(String method, String path, String user, String json) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build();
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new ShopClient.Response(response.statusCode(), response.body(), response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
