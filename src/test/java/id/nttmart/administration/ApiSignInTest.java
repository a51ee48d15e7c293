package id.nttmart.administration;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.security.Role;
import id.nttmart.security.UserAdministration;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * An API client sends its password with every request; the node checks it against bcrypt once and then trusts the
 * verified pair, but never past a change an administrator makes: a disabled account, a new password or a lock is
 * refused on the very next request.
 */
@IntegrationTest
class ApiSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration users;

    @Autowired
    MeterRegistry registry;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    ShopClient shop;
    String name;
    long id;

    @BeforeEach
    void anAccount() {
        shop = new ShopClient(port);
        name = "pembeli-" + UUID.randomUUID().toString().substring(0, 6);
        asAdministrator(() -> id = users.create(name, "Pembeli Uji", null, "sandi-pertama-1",
                EnumSet.of(Role.CUSTOMER), Set.of(), Set.of()).id());
    }

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
    }

    @Test
    void a_password_is_checked_once_and_the_pair_is_trusted_afterwards() {
        double before = passwordChecks();
        for (int i = 0; i < 5; i++) {
            assertThat(shop.getAs("/api/v1/asn/me", name, "sandi-pertama-1").status()).isEqualTo(200);
        }
        assertThat(passwordChecks() - before).isEqualTo(1);

        // A wrong password is never taken from memory: it is checked, refused and counted by the throttle.
        assertThat(shop.getAs("/api/v1/asn/me", name, "sandi-salah").status()).isEqualTo(401);
        assertThat(passwordChecks() - before).isEqualTo(2);
        assertThat(shop.getAs("/api/v1/asn/me", name.toUpperCase(), "sandi-pertama-1").status()).isEqualTo(200);
        assertThat(passwordChecks() - before).isEqualTo(2);
    }

    @Test
    void a_disabled_account_or_a_changed_password_is_refused_on_the_next_request() {
        assertThat(shop.getAs("/api/v1/asn/me", name, "sandi-pertama-1").status()).isEqualTo(200);

        asAdministrator(() -> users.change(id, EnumSet.of(Role.CUSTOMER), Set.of(), Set.of(), false));
        assertThat(shop.getAs("/api/v1/asn/me", name, "sandi-pertama-1").status()).isEqualTo(401);

        asAdministrator(() -> users.change(id, EnumSet.of(Role.CUSTOMER), Set.of(), Set.of(), true));
        assertThat(shop.getAs("/api/v1/asn/me", name, "sandi-pertama-1").status()).isEqualTo(200);

        asAdministrator(() -> users.setPassword(id, "sandi-kedua-22"));
        assertThat(shop.getAs("/api/v1/asn/me", name, "sandi-pertama-1").status()).isEqualTo(401);
        assertThat(shop.getAs("/api/v1/asn/me", name, "sandi-kedua-22").status()).isEqualTo(200);
    }

    @Test
    void a_locked_name_is_refused_even_with_the_remembered_password() {
        assertThat(shop.getAs("/api/v1/asn/me", name, "sandi-pertama-1").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(shop.getAs("/api/v1/asn/me", name, "tebakan-" + i).status()).isEqualTo(401);
        }
        assertThat(shop.getAs("/api/v1/asn/me", name, "sandi-pertama-1").status()).isEqualTo(401);
    }

    private double passwordChecks() {
        return registry.counter("nttmart.security.password.checks").count();
    }

    private void asAdministrator(Runnable action) {
        securityContexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, List.of(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name()))));
        try {
            action.run();
        } finally {
            securityContexts.clearContext();
        }
    }
}
