package id.nttmart.asn;

import id.nttmart.security.Role;
import id.nttmart.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * What the programme's tests share: the services, fresh agencies, rostered NIPs, accounts, orders changed the way
 * payments, cancellations and refunds change them, and signing in through this context's security strategy.
 */
abstract class AsnFixtures {

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

    // ---- helpers

    record Buyer(long userId, String username, String nip) {}

    Buyer linkedBuyer() {
        String agency = agency();
        String nip = rostered(agency, "Pembeli Uji");
        String username = account(Role.CUSTOMER);
        signIn(username, Role.CUSTOMER);
        identities.link(nip, agency);
        securityContexts.clearContext();
        return new Buyer(accounts.byUsername(username).orElseThrow().id(), username, nip);
    }

    long order(long userId, long total) {
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

    void pay(long order, LocalDateTime utc) {
        jdbc.sql("update customer_order set status = 'PAID', paid_at = :at, payment_intent_id = :pi where id = :id")
                .param("at", Timestamp.from(utc.toInstant(java.time.ZoneOffset.UTC))).param("pi", "pi_asn_" + order)
                .param("id", order).update();
    }

    void status(long order, String status) {
        jdbc.sql("update customer_order set status = :s where id = :id").param("s", status).param("id", order).update();
    }

    void refund(long order, long amount, String status) {
        jdbc.sql("""
                        insert into order_refund (order_id, idempotency_key, payment_intent_id, amount_idr, reason,
                                                  status)
                        values (:o, :k, :pi, :a, 'test', :s)""")
                .param("o", order).param("k", "asn-" + UUID.randomUUID()).param("pi", "pi_asn_" + order)
                .param("a", amount).param("s", status).update();
    }

    long total(String nip, YearMonth month) {
        return jdbc.sql("select coalesce(sum(online_idr + counter_idr), 0) from asn_month_total"
                        + " where nip = :n and month = :m")
                .param("n", nip).param("m", java.sql.Date.valueOf(month.atDay(1))).query(Long.class).single();
    }

    boolean onRoster(String nip) {
        return jdbc.sql("select exists (select 1 from asn_roster where nip = :n)").param("n", nip)
                .query(Boolean.class).single();
    }

    long mainOutlet(String regencySlug) {
        return jdbc.sql("select o.id from outlet o join regency r on r.id = o.regency_id"
                + " where r.slug = :s and o.main_outlet").param("s", regencySlug).query(Long.class).single();
    }

    /** A fresh agency; returns its code. */
    String agency() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("insert into asn_agency (code, name) values (:c, :n)").param("c", code).param("n", "Dinas " + code)
                .update();
        return code;
    }

    /** A fresh valid NIP on the agency's roster. */
    String rostered(String agency, String name) {
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
    String account(Role role) {
        String name = "asn-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "Uji " + name, null, null, name, role);
        return name;
    }

    String head(String agency) {
        String name = account(Role.AGENCY_HEAD);
        jdbc.sql("insert into asn_agency_head (user_id, agency_id) select u.id, a.id from app_user u, asn_agency a"
                + " where u.username = :u and a.code = :c").param("u", name).param("c", agency).update();
        return name;
    }

    void signInNew(Role role) {
        signIn(account(role), role);
    }

    void signIn(String username, Role role) {
        securityContexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}