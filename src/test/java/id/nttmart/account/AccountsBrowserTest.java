package id.nttmart.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import id.nttmart.support.Browsers;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.SignIn;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A shopper on a 360 px phone registers, logs out, resets the password through the link in the kept mail, logs in
 * with the new password and saves a delivery address, in Indonesian.
 */
@IntegrationTest
class AccountsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Page page;

    @BeforeEach
    void open() {
        page = Browsers.phonePage(800);
    }

    @AfterEach
    void close() {
        page.close();
    }

    @Test
    void a_shopper_registers_resets_the_password_and_saves_an_address() {
        String email = "wilhelmina." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        page.navigate(url("/"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        header().getByText("Masuk").click();
        page.getByText("Belum punya akun? Daftar").click();
        assertThat(page).hasURL(Pattern.compile(".*/daftar$"));

        field("Nama").fill("Wilhelmina Lado");
        field("Email").fill(email);
        field("Kata sandi").fill("pendek");
        button("Buat akun").click();
        assertThat(page.locator("vaadin-password-field")).containsText("minimal 10 karakter");

        field("Kata sandi").fill("madu hutan timor");
        button("Buat akun").click();

        assertThat(page).hasURL(Pattern.compile(".*/akun$"));
        assertThat(page.locator("h1")).hasText("Akun saya");
        assertThat(page.locator(".profile")).containsText(email);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "akun-360.png")));

        button("Keluar").click();
        page.waitForURL(url("/"));
        assertThat(header().getByText("Masuk")).isVisible();
        page.navigate(url("/akun"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        page.getByText("Lupa kata sandi?").click();
        assertThat(page).hasURL(Pattern.compile(".*/lupa-sandi$"));
        field("Email").fill(email);
        button("Kirim tautan").click();
        assertThat(page.locator(".notice")).containsText("Jika ada akun untuk " + email);

        page.navigate(linkInKeptMail(email));
        field("Kata sandi baru").fill("kopi manggarai colol");
        field("Ulangi kata sandi baru").fill("kopi manggarai colol");
        button("Simpan kata sandi baru").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?password-changed.*"));
        assertThat(page.locator(".login .notice")).containsText("Kata sandi Anda sudah diganti");

        SignIn.fill(page, email, "madu hutan timor");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        SignIn.fill(page, email, "kopi manggarai colol");
        assertThat(header().getByText("Keluar")).isVisible();

        header().getByText("Akun").click();
        assertThat(page.locator(".addresses")).containsText("Belum ada alamat tersimpan");
        button("Tambah alamat").click();
        field("Label, misalnya Rumah atau Kantor").fill("Rumah");
        field("Nama penerima").fill("Wilhelmina Lado");
        field("Nomor HP penerima").fill("0813 3900 1234");
        field("Jalan, nomor rumah, RT/RW").fill("Jl. Soekarno-Hatta No. 12");
        field("Desa/Kelurahan").fill("Wae Kelambu");
        field("Kecamatan").fill("Komodo");
        field("Kode pos").fill("8655");
        var city = page.locator("vaadin-combo-box.city input");
        city.fill("Manggarai Barat");
        city.press("Enter");
        button("Simpan alamat").click();
        assertThat(page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Kode pos")))
                .containsText("Lima angka");

        field("Kode pos").fill("86554");
        button("Simpan alamat").click();

        var card = page.locator(".saved-address");
        assertThat(card).hasCount(1);
        assertThat(card).containsText("Rumah");
        assertThat(card).containsText("Utama");
        assertThat(card).containsText("Manggarai Barat, Nusa Tenggara Timur 86554");
        assertThat(card).containsText("+6281339001234");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "alamat-360.png"))
                .setFullPage(true));
    }

    private Locator header() {
        return page.locator("header.top");
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String linkInKeptMail(String email) {
        String text = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        select text_body from mail_outbox
                        where to_address = :a and kind = 'password-reset' and status = 'KEPT'""")
                .param("a", email).query(String.class).optional().orElse(null), java.util.Objects::nonNull);
        var matcher = Pattern.compile("https?://\\S+/atur-sandi\\?token=[A-Za-z0-9_-]+").matcher(text);
        org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
