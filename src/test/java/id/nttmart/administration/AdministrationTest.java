package id.nttmart.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nttmart.region.OutletAdministration;
import id.nttmart.region.OutletAdministration.OutletDetails;
import id.nttmart.region.Regions;
import id.nttmart.security.Role;
import id.nttmart.security.UserAdministration;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
 * Administrators manage accounts and outlets, every change lands in the audit with its before and after, nobody
 * else may do either, and password guessing is stopped after five failures.
 */
@IntegrationTest
class AdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration users;

    @Autowired
    OutletAdministration outlets;

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    /** The application's security context strategy (Vaadin's), as a signed-in request would carry it. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
    }

    @Test
    void an_administrators_change_to_an_account_is_audited_with_before_and_after() {
        signIn("admin", Role.ADMIN);
        String name = "staf-" + UUID.randomUUID().toString().substring(0, 6);
        long ende = regions.mainOutlet(regions.findByName("Ende").orElseThrow().id()).id();
        long sikka = regions.mainOutlet(regions.findByName("Sikka").orElseThrow().id()).id();
        var created = users.create(name, "Staf Uji", null, "rahasia-panjang-1", EnumSet.of(Role.OUTLET_STAFF),
                Set.of(ende), Set.of());

        users.change(created.id(), EnumSet.of(Role.OUTLET_STAFF), Set.of(sikka), Set.of(), true);

        var audit = new ShopClient(port).getAs("/api/v1/admin/audit?type=user&id=" + name, "admin", "admin");
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        var entries = audit.json();
        assertThat(entries.size()).isEqualTo(2);
        var change = entries.get(0);
        assertThat(change.get("actor").asString()).isEqualTo("admin");
        assertThat(change.get("action").asString()).isEqualTo("user changed");
        assertThat(change.get("before").get("outlet_ids").get(0).asLong()).isEqualTo(ende);
        assertThat(change.get("after").get("outlet_ids").get(0).asLong()).isEqualTo(sikka);
        assertThat(change.get("after").get("roles").get(0).asString()).isEqualTo("OUTLET_STAFF");
        assertThat(entries.get(1).get("action").asString()).isEqualTo("user created");
        assertThat(audit.body()).doesNotContain("rahasia-panjang-1").doesNotContain("bcrypt");
    }

    @Test
    void only_administrators_manage_accounts_outlets_and_read_the_audit() {
        long before = jdbc.sql("select count(*) from app_user").query(Long.class).single();
        signIn("staff", Role.OUTLET_STAFF);

        assertThatThrownBy(() -> users.create("penyusup", "Penyusup", null, "rahasia-panjang-2",
                EnumSet.of(Role.ADMIN), Set.of(), Set.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.search("", 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outlets.open("NTM-X", details("Gerai Palsu"))).isInstanceOf(
                AccessDeniedException.class);
        var audit = new ShopClient(port).getAs("/api/v1/admin/audit", "staff", "staff");

        assertThat(audit.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(before);
        assertThat(regions.outlets()).noneMatch(o -> o.name().equals("Gerai Palsu"));
    }

    @Test
    void an_outlet_opened_by_an_administrator_is_offered_for_pickup_and_audited() {
        signIn("admin", Role.ADMIN);
        String code = "NTM-T" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();

        var opened = outlets.open(code, details("NTT Mart Bandara Komodo"));
        try {
            checkOpened(code, opened);
        } finally {
            // Other tests count the 22 outlets of the migrations.
            jdbc.sql("update audit_entry set outlet_id = null where outlet_id = :id").param("id", opened.id()).update();
            jdbc.sql("delete from outlet where id = :id").param("id", opened.id()).update();
            regions.forgetOutlets();
        }
    }

    private void checkOpened(String code, id.nttmart.region.Outlet opened) {
        var bad = List.of(new OutletDetails("", 16, "Jl. Uji", -8.49, 119.88, "08-20"),
                new OutletDetails("Gerai Jakarta", 16, "Jl. Thamrin", -6.2, 106.8, "08-20"));

        var listed = new ShopClient(port).get("/api/v1/outlets");
        assertThat(listed.body()).contains(code, "NTT Mart Bandara Komodo");
        for (var details : bad) {
            assertThatThrownBy(() -> outlets.change(opened.id(), details)).isInstanceOf(
                    IllegalArgumentException.class);
        }
        assertThat(regions.outlets()).filteredOn(o -> o.code().equals(code)).singleElement()
                .extracting(o -> o.name()).isEqualTo("NTT Mart Bandara Komodo");
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'outlet' and subject_id = :c")
                .param("c", code).query(String.class).list()).containsExactly("outlet opened");
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_a_while_even_with_the_right_one() {
        signIn("admin", Role.ADMIN);
        String name = "kunci-" + UUID.randomUUID().toString().substring(0, 6);
        users.create(name, "Staf Kunci", null, "rahasia-panjang-3", EnumSet.of(Role.ADMIN), Set.of(), Set.of());
        var shop = new ShopClient(port);

        for (int i = 0; i < 5; i++) {
            assertThat(shop.getAs("/api/v1/admin/audit?limit=1", name, "salah-" + i).status()).isEqualTo(401);
        }
        var locked = shop.getAs("/api/v1/admin/audit?limit=1", name, "rahasia-panjang-3");
        var others = shop.getAs("/api/v1/admin/audit?limit=1", "admin", "admin");
        jdbc.sql("update login_throttle set locked_until = now() - interval '1 second' where username = :u")
                .param("u", name).update();
        var later = shop.getAs("/api/v1/admin/audit?limit=1", name, "rahasia-panjang-3");

        assertThat(locked.status()).isEqualTo(401);
        assertThat(others.status()).isEqualTo(200);
        assertThat(later.status()).isEqualTo(200);
    }

    private static OutletDetails details(String name) {
        return new OutletDetails(name, 16, "Bandar Udara Komodo, Labuan Bajo", -8.486, 119.889,
                "Setiap hari 06:00-20:00");
    }

    private void signIn(String username, Role role) {
        securityContexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }
}
