package id.nttmart.administration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import id.nttmart.support.Browsers;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.SignIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator on a phone: finds the back office from the header, gives a new staff member an outlet, reads the
 * change in the audit, and logs out, after which the old session cookie opens nothing.
 */
@IntegrationTest
class BackOfficeBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Page page;

    @BeforeEach
    void open() {
        page = Browsers.phonePage(900);
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void an_administrator_adds_a_staff_member_sees_it_audited_and_logging_out_ends_the_session() {
        String username = "staf-" + UUID.randomUUID().toString().substring(0, 6);
        SignIn.as(page, port, "admin", "admin");
        page.navigate(url("/"));
        page.getByText("Kantor").first().click();
        assertThat(page.locator("h1")).hasText("Kantor");

        page.getByText("Akun dan peran").first().click();
        page.getByText("Akun baru").click();
        label("Nama pengguna").fill(username);
        label("Nama").fill("Staf Gerai Ende");
        label("Kata sandi").fill("rahasia-panjang-9");
        label("Staf gerai").check();
        label("Gerai (staf)").fill("Ende");
        page.locator("vaadin-multi-select-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Ende")).first().click();
        label("Gerai (staf)").press("Escape");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Simpan")).click();
        assertThat(page.locator("vaadin-grid")).containsText(username);

        page.navigate(url("/admin/audit"));
        assertThat(page.locator("vaadin-grid")).containsText("user created");
        assertThat(jdbc.sql("""
                        select o.code from app_user_outlet uo join app_user u on u.id = uo.user_id
                        join outlet o on o.id = uo.outlet_id where u.username = :u""")
                .param("u", username).query(String.class).list()).singleElement().asString().contains("ENDE");

        List<Cookie> session = page.context().cookies();
        page.navigate(url("/"));
        page.locator(".logout").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);

        var stolen = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("id-ID"));
        stolen.addCookies(session);
        var replay = stolen.newPage();
        replay.navigate(url("/admin/audit"));
        replay.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(replay.locator("vaadin-login-form")).isVisible();
        assertThat(replay.locator("vaadin-grid")).hasCount(0);
        stolen.close();
    }

    @Autowired
    id.nttmart.security.UserAdministration users;

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContexts;

    @Test
    void a_disabled_staff_member_is_signed_out_at_their_next_step() {
        String username = "staf-" + UUID.randomUUID().toString().substring(0, 6);
        securityContexts.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("admin",
                        null, List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                "ROLE_ADMIN"))));
        try {
            var user = users.create(username, "Staf Sementara", null, "rahasia-panjang-7",
                    java.util.EnumSet.of(id.nttmart.security.Role.OUTLET_STAFF), java.util.Set.of(), java.util.Set.of());
            SignIn.as(page, port, username, "rahasia-panjang-7");
            page.navigate(url("/kantor"));
            assertThat(page.locator("h1")).hasText("Kantor");

            users.change(user.id(), java.util.EnumSet.of(id.nttmart.security.Role.OUTLET_STAFF), java.util.Set.of(),
                    java.util.Set.of(), false);
        } finally {
            securityContexts.clearContext();
        }
        // Versions are cached for up to two seconds per instance: the next step after that meets the login form.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(500)).until(() -> {
                    page.navigate(url("/kantor"));
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    return page.locator("vaadin-login-form").isVisible();
                });

        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("h1").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(
                "Kantor"))).hasCount(0);
    }

    private com.microsoft.playwright.Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
