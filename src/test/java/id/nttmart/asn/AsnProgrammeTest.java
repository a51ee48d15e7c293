package id.nttmart.asn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.nttmart.security.Role;
import id.nttmart.security.UserAccounts;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The programme against the real PostgreSQL: roster imports (all or nothing), claims (one NIP per account, flags),
 * what counts in which WITA month (paid, refunded, cancelled, counter sales), and who sees an agency's people.
 */
@IntegrationTest
class AsnProgrammeTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Agencies agencies;

    @Autowired
    AsnIdentities identities;

    @Autowired
    AsnCompliance compliance;

    @Autowired
    CounterSales counter;

    @Autowired
    AgencyHeads heads;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
    }

    // ---- roster and claims

    @Test
    void a_roster_with_a_bad_row_imports_nothing_and_names_the_rows() {
        String agency = agency();
        signIn("admin", Role.ADMIN);
        String good = nip();
        String csv = "nip,name,agency\n" + good + ",Maria Uji," + agency + "\n"
                + "198513122010031001,Bulan Salah," + agency + "\n"
                + nip() + ",Tanpa OPD,NOPE\n";
        assertThatThrownBy(() -> agencies.importRoster(new StringReader(csv)))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems())
                        .extracting(ImportRefused.RowProblem::row, ImportRefused.RowProblem::key)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "asn.nip.birth-date"),
                                org.assertj.core.groups.Tuple.tuple(4L, "asn.import.agency")));
        assertThat(onRoster(good)).isFalse();

        var result = agencies.importRoster(new StringReader(good + ",Maria Uji," + agency + "\n"));
        assertThat(result.created()).isEqualTo(1);
        assertThat(onRoster(good)).isTrue();
    }

    @Test
    void agencies_import_by_csv_and_only_administrators_import() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        signIn("someone", Role.CUSTOMER);
        assertThatThrownBy(() -> agencies.importAgencies(new StringReader(code + ",Dinas Uji\n")))
                .isInstanceOf(AccessDeniedException.class);
        signIn("admin", Role.ADMIN);
        assertThat(agencies.importAgencies(new StringReader("code,name\n" + code + ",Dinas Uji\n")).created())
                .isEqualTo(1);
        assertThat(agencies.byCode(code)).get().extracting(Agencies.Agency::name).isEqualTo("Dinas Uji");
        assertThatThrownBy(() -> agencies.importAgencies(new StringReader(code + ",Lagi\n" + code + ",Dua\n")))
                .isInstanceOf(ImportRefused.class);
        // Over the API too: an administrator imports, a customer is refused.
        var shop = new ShopClient(port);
        var refused = shop.postBody("/api/v1/admin/asn/agencies", "text/csv", code + ",Dinas\n", "Authorization",
                basic("customer"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void a_claim_on_the_roster_is_clean_off_it_is_flagged_and_one_nip_belongs_to_one_account() {
        String agency = agency();
        String other = agency();
        String listed = rostered(agency, "Petrus Uji");
        String elsewhere = rostered(other, "Anton Uji");

        signInNew(Role.CUSTOMER);
        assertThat(identities.link(listed, agency).flag()).isNull();

        signInNew(Role.CUSTOMER);
        assertThatThrownBy(() -> identities.link(listed, agency))
                .isInstanceOfSatisfying(AsnRefusal.class, e -> assertThat(e.key()).isEqualTo("asn.link.taken"));
        assertThat(identities.link(nip(), agency).flag()).isEqualTo("NOT_ON_ROSTER");

        signInNew(Role.CUSTOMER);
        assertThat(identities.link(elsewhere, agency).flag()).isEqualTo("OTHER_AGENCY");

        signInNew(Role.CUSTOMER);
        assertThatThrownBy(() -> identities.link("198503122010033001", agency))
                .isInstanceOfSatisfying(AsnRefusal.class, e -> assertThat(e.key()).isEqualTo("asn.nip.sex"));

        // The administrators and the agency's head see the flagged claims; a head of an unrelated agency does not.
        signIn("admin", Role.ADMIN);
        assertThat(identities.flagged()).extracting(AsnIdentities.FlaggedClaim::nip).contains(elsewhere);
        String head = head(agency);
        signIn(head, Role.AGENCY_HEAD);
        assertThat(identities.flagged()).extracting(AsnIdentities.FlaggedClaim::nip).contains(elsewhere)
                .allMatch(n -> !n.equals(listed));
        signIn(head(agency()), Role.AGENCY_HEAD);
        assertThat(identities.flagged()).extracting(AsnIdentities.FlaggedClaim::nip).doesNotContain(elsewhere);
    }

    @Test
    void a_second_account_claiming_a_nip_over_the_api_gets_409() {
        String agency = agency();
        String nip = rostered(agency, "Yosef Uji");
        var shop = new ShopClient(port);
        String first = account(Role.CUSTOMER);
        String second = account(Role.CUSTOMER);
        String body = "{\"nip\":\"" + nip + "\",\"agency\":\"" + agency + "\"}";
        assertThat(shop.postBody("/api/v1/asn/me", "application/json", body, "Authorization", basic(first)).status())
                .isEqualTo(200);
        var refused = shop.postBody("/api/v1/asn/me", "application/json", body, "Authorization", basic(second));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("asn.link.taken");
        assertThat(shop.postBody("/api/v1/asn/me", "application/json", body).status()).isEqualTo(401);
    }

    // ---- counting

    @Test
    void a_payment_at_2359_wita_on_the_last_day_counts_in_that_month_and_at_0000_in_the_next() {
        var buyer = linkedBuyer();
        long late = order(buyer.userId(), 60_000);
        long early = order(buyer.userId(), 45_000);
        // 31 January 23:59 WITA is 15:59 UTC; 1 February 00:00 WITA is 31 January 16:00 UTC.
        pay(late, LocalDateTime.of(2026, 1, 31, 15, 59));
        pay(early, LocalDateTime.of(2026, 1, 31, 16, 0));
        assertThat(total(buyer.nip(), YearMonth.of(2026, 1))).isEqualTo(60_000);
        assertThat(total(buyer.nip(), YearMonth.of(2026, 2))).isEqualTo(45_000);
    }

    @Test
    void cancelled_and_refunded_orders_do_not_count_partial_refunds_count_net_and_unpaid_orders_never() {
        var buyer = linkedBuyer();
        YearMonth month = YearMonth.of(2026, 3);
        LocalDateTime at = LocalDateTime.of(2026, 3, 10, 2, 0);
        long kept = order(buyer.userId(), 150_000);
        long cancelled = order(buyer.userId(), 80_000);
        long refunded = order(buyer.userId(), 70_000);
        long partly = order(buyer.userId(), 50_000);
        order(buyer.userId(), 99_000); // never paid
        for (long id : List.of(kept, cancelled, refunded, partly)) {
            pay(id, at);
        }
        assertThat(total(buyer.nip(), month)).isEqualTo(350_000);

        status(cancelled, "CANCELLED");
        assertThat(total(buyer.nip(), month)).isEqualTo(270_000);
        status(refunded, "CANCELLED");
        refund(refunded, 70_000, "SUCCEEDED");
        status(refunded, "REFUNDED");
        assertThat(total(buyer.nip(), month)).isEqualTo(200_000);
        refund(partly, 20_000, "REQUESTED");
        assertThat(total(buyer.nip(), month)).as("a refund counts once it succeeded").isEqualTo(200_000);
        jdbc.sql("update order_refund set status = 'SUCCEEDED' where order_id = :o").param("o", partly).update();
        assertThat(total(buyer.nip(), month)).isEqualTo(180_000);
        status(kept, "FULFILLED");
        assertThat(total(buyer.nip(), month)).as("delivered still counts").isEqualTo(180_000);
        assertThat(jdbc.sql("select sum(amount_idr) from asn_order_credit where nip = :n").param("n", buyer.nip())
                .query(Long.class).single()).isEqualTo(180_000);
    }

    @Test
    void an_order_paid_through_the_sandbox_gateway_counts_for_the_linked_buyer() {
        var buyer = linkedBuyer();
        var shop = new ShopClient(port);
        String sku = "ASN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var report = shop.importCsvAsAdmin(Csv.of(sku + ",Kopi Bajawa Uji " + sku + ",Test coffee " + sku
                + ",,,tenun,OVOP,Desa Uji,Ngada,UMKM Uji,120000,500,,none,Ngada:5")).json();
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(1);
        String outlet = jdbc.sql("select o.code from outlet o join regency r on r.id = o.regency_id"
                + " where r.slug = 'ngada' and o.main_outlet").query(String.class).single();
        var placed = shop.postJson("/api/v1/orders", "{\"lines\":[{\"sku\":\"" + sku + "\",\"qty\":1}],"
                + "\"delivery\":{\"type\":\"pickup\",\"outlet\":\"" + outlet + "\"},\"buyer\":{\"name\":\"Uji\","
                + "\"email\":\"uji@example.com\",\"phone\":\"081234567890\"},\"ageConfirmed\":false,\"lang\":\"id\"}");
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String number = placed.json().get("number").asString();
        // The API's guest checkout has no account; the storefront's checkout records the signed-in buyer like this.
        jdbc.sql("update customer_order set user_id = :u where number = :n").param("u", buyer.userId())
                .param("n", number).update();
        var link = shop.open(placed.json().get("paymentUrl").asString());
        String path = URI.create(link.header("Location")).getPath();
        assertThat(shop.get(path).status()).isEqualTo(200);
        shop.postBody(path, "application/x-www-form-urlencoded", "card_number=4242424242424242&expiry=12/40&cvc=123");
        await().atMost(Duration.ofSeconds(20)).until(() -> "PAID".equals(jdbc.sql(
                "select status from customer_order where number = :n").param("n", number).query(String.class).single()));
        YearMonth paidMonth = YearMonth.from(jdbc.sql("select paid_at from customer_order where number = :n")
                .param("n", number).query(Timestamp.class).single().toInstant().atZone(AsnCompliance.WITA));
        long total = jdbc.sql("select total_idr from customer_order where number = :n").param("n", number)
                .query(Long.class).single();
        assertThat(total(buyer.nip(), paidMonth)).isEqualTo(total);

        var me = shop.getAs("/api/v1/asn/me", buyer.username(), buyer.username());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("months").get(0).get("total_idr").asLong()).isEqualTo(total);
    }

    @Test
    void counter_sales_count_are_scoped_to_the_staff_members_outlets_and_audited() {
        String agency = agency();
        String nip = rostered(agency, "Kasir Uji");
        long labuanBajo = mainOutlet("manggarai-barat");
        long kupang = mainOutlet("kota-kupang");
        signIn("staff", Role.OUTLET_STAFF);
        String receipt = "R-" + UUID.randomUUID().toString().substring(0, 8);
        var sale = counter.record(labuanBajo, nip, 40_000, receipt);
        assertThat(total(nip, AsnCompliance.currentMonth())).isEqualTo(40_000);
        assertThatThrownBy(() -> counter.record(labuanBajo, nip, 40_000, receipt))
                .isInstanceOfSatisfying(AsnRefusal.class, e -> assertThat(e.key()).isEqualTo("asn.counter.duplicate"));
        assertThatThrownBy(() -> counter.record(kupang, nip, 40_000, "X-" + receipt))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> counter.record(labuanBajo, nip(), 40_000, "Y-" + receipt))
                .isInstanceOfSatisfying(AsnRefusal.class, e -> assertThat(e.key()).isEqualTo("asn.counter.unknown-nip"));
        assertThat(total(nip, AsnCompliance.currentMonth())).isEqualTo(40_000);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'asn counter sale' and subject_id = :id"
                        + " and actor = 'staff'").param("id", String.valueOf(sale.id())).query(Integer.class).single())
                .isEqualTo(1);
    }

    // ---- the agency head

    @Test
    void an_agency_head_sees_their_agency_met_and_not_met_and_another_agencys_head_sees_nothing() {
        String agency = agency();
        String met = rostered(agency, "Anna Lunas");
        String short_ = rostered(agency, "Budi Kurang");
        rostered(agency, "Clara Belum");
        String elsewhere = rostered(agency(), "Dede Lain");
        signIn("staff", Role.OUTLET_STAFF);
        long outlet = mainOutlet("manggarai-barat");
        counter.record(outlet, met, 100_000, "M-" + UUID.randomUUID());
        counter.record(outlet, short_, 99_999, "S-" + UUID.randomUUID());
        counter.record(outlet, elsewhere, 500_000, "E-" + UUID.randomUUID());

        String head = head(agency);
        signIn(head, Role.AGENCY_HEAD);
        var month = compliance.agencyMonth(agency, AsnCompliance.currentMonth());
        assertThat(month.count().people()).isEqualTo(3);
        assertThat(month.count().met()).isEqualTo(1);
        assertThat(month.count().totalIdr()).isEqualTo(199_999);
        assertThat(month.people()).extracting(AsnCompliance.Person::nip).doesNotContain(elsewhere);
        assertThat(month.people()).filteredOn(AsnCompliance.Person::met).extracting(AsnCompliance.Person::nip)
                .containsExactly(met);
        assertThat(month.trend()).hasSize(6);
        assertThat(compliance.visibleAgencies()).extracting(Agencies.Agency::code).containsExactly(agency);
        assertThat(AsnCsv.people(month)).contains(met + ",Anna Lunas").contains("99999");

        String stranger = head(agency());
        signIn(stranger, Role.AGENCY_HEAD);
        assertThatThrownBy(() -> compliance.agencyMonth(agency, AsnCompliance.currentMonth()))
                .isInstanceOf(AccessDeniedException.class);
        signIn("customer", Role.CUSTOMER);
        assertThatThrownBy(() -> compliance.agencyMonth(agency, AsnCompliance.currentMonth()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compliance.agencies(AsnCompliance.currentMonth()))
                .isInstanceOf(AccessDeniedException.class);

        // By the API: the head reads JSON and CSV; another head, a customer and nobody get no names.
        var shop = new ShopClient(port);
        String path = "/api/v1/asn/agencies/" + agency + "/compliance";
        var own = shop.getAs(path, head, head);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("met").asInt()).isEqualTo(1);
        assertThat(shop.getAs(path + ".csv", head, head).body()).contains("Anna Lunas");
        for (var response : List.of(shop.getAs(path, stranger, stranger), shop.getAs(path + ".csv", stranger, stranger),
                shop.getAs(path, "customer", "customer"), shop.get(path))) {
            assertThat(response.status()).isIn(401, 403);
            assertThat(response.body()).doesNotContain("Anna Lunas").doesNotContain(met);
        }

        // The province's per-agency counts (administrators) carry no names.
        signIn("admin", Role.ADMIN);
        assertThat(compliance.agencies(AsnCompliance.currentMonth())).filteredOn(c -> c.code().equals(agency))
                .singleElement().satisfies(c -> {
                    assertThat(c.people()).isEqualTo(3);
                    assertThat(c.met()).isEqualTo(1);
                });
    }

    @Test
    void only_an_account_with_the_agency_head_role_can_be_bound() {
        String agency = agency();
        String customer = account(Role.CUSTOMER);
        signIn("admin", Role.ADMIN);
        assertThatThrownBy(() -> heads.bind(customer, agency))
                .isInstanceOfSatisfying(AsnRefusal.class, e -> assertThat(e.key()).isEqualTo("asn.head.not-head"));
    }

    // ---- helpers

    record Buyer(long userId, String username, String nip) {}

    private Buyer linkedBuyer() {
        String agency = agency();
        String nip = rostered(agency, "Pembeli Uji");
        String username = account(Role.CUSTOMER);
        signIn(username, Role.CUSTOMER);
        identities.link(nip, agency);
        securityContexts.clearContext();
        return new Buyer(accounts.byUsername(username).orElseThrow().id(), username, nip);
    }

    private long order(long userId, long total) {
        return jdbc.sql("""
                        insert into customer_order (number, status, user_id, buyer_name, buyer_email, buyer_phone,
                            locale, delivery_type, pickup_outlet_id, shipping_zone, subtotal_idr, shipping_idr,
                            total_idr, tracking_token, site_base)
                        values (:n, 'PENDING_PAYMENT', :u, 'Pembeli Uji', 'uji@example.com', '081234567890', 'id',
                            'PICKUP', (select min(id) from outlet), 'PICKUP', :t, 0, :t, 'token', 'http://localhost')
                        returning id""")
                .param("n", "ASN-" + UUID.randomUUID()).param("u", userId).param("t", total).query(Long.class)
                .single();
    }

    private void pay(long order, LocalDateTime utc) {
        jdbc.sql("update customer_order set status = 'PAID', paid_at = :at, payment_intent_id = :pi where id = :id")
                .param("at", Timestamp.from(utc.toInstant(java.time.ZoneOffset.UTC))).param("pi", "pi_asn_" + order)
                .param("id", order).update();
    }

    private void status(long order, String status) {
        jdbc.sql("update customer_order set status = :s where id = :id").param("s", status).param("id", order).update();
    }

    private void refund(long order, long amount, String status) {
        jdbc.sql("""
                        insert into order_refund (order_id, idempotency_key, payment_intent_id, amount_idr, reason,
                                                  status)
                        values (:o, :k, :pi, :a, 'test', :s)""")
                .param("o", order).param("k", "asn-" + UUID.randomUUID()).param("pi", "pi_asn_" + order)
                .param("a", amount).param("s", status).update();
    }

    private long total(String nip, YearMonth month) {
        return jdbc.sql("select coalesce(sum(online_idr + counter_idr), 0) from asn_month_total"
                        + " where nip = :n and month = :m")
                .param("n", nip).param("m", java.sql.Date.valueOf(month.atDay(1))).query(Long.class).single();
    }

    private boolean onRoster(String nip) {
        return jdbc.sql("select exists (select 1 from asn_roster where nip = :n)").param("n", nip)
                .query(Boolean.class).single();
    }

    private long mainOutlet(String regencySlug) {
        return jdbc.sql("select o.id from outlet o join regency r on r.id = o.regency_id"
                + " where r.slug = :s and o.main_outlet").param("s", regencySlug).query(Long.class).single();
    }

    /** A fresh agency; returns its code. */
    private String agency() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("insert into asn_agency (code, name) values (:c, :n)").param("c", code).param("n", "Dinas " + code)
                .update();
        return code;
    }

    /** A fresh valid NIP on the agency's roster. */
    private String rostered(String agency, String name) {
        String nip = nip();
        jdbc.sql("insert into asn_roster (nip, name, agency_id) select :n, :name, id from asn_agency where code = :c")
                .param("n", nip).param("name", name).param("c", agency).update();
        return nip;
    }

    /** A random valid NIP (born 1970-1999, appointed at 25, sequence 001-999). */
    static String nip() {
        var random = ThreadLocalRandom.current();
        int year = 1970 + random.nextInt(30);
        return "%04d%02d%02d%04d%02d%d%03d".formatted(year, 1 + random.nextInt(12), 1 + random.nextInt(28),
                year + 25, 1 + random.nextInt(12), 1 + random.nextInt(2), 1 + random.nextInt(999));
    }

    /** A new account with the role; its password is its username. */
    private String account(Role role) {
        String name = "asn-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "Uji " + name, null, null, name, role);
        return name;
    }

    private String head(String agency) {
        String name = account(Role.AGENCY_HEAD);
        jdbc.sql("insert into asn_agency_head (user_id, agency_id) select u.id, a.id from app_user u, asn_agency a"
                + " where u.username = :u and a.code = :c").param("u", name).param("c", agency).update();
        return name;
    }

    private void signInNew(Role role) {
        signIn(account(role), role);
    }

    private void signIn(String username, Role role) {
        securityContexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
