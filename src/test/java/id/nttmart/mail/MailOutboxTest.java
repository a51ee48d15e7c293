package id.nttmart.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import id.nttmart.support.Browsers;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.SignIn;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Without an SMTP server, mail is kept in the outbox, exactly when the transaction that queued it commits. */
@IntegrationTest
class MailOutboxTest {

    @Autowired
    Mailer mailer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    Page page;

    @BeforeEach
    void open() {
        page = Browsers.phonePage(740);
    }

    @AfterEach
    void close() {
        page.close();
    }

    @Test
    void a_mail_queued_in_a_transaction_that_rolls_back_never_appears() throws Exception {
        String reference = "rollback-" + UUID.randomUUID();

        transactions.executeWithoutResult(tx -> {
            mailer.queue(mail("pembeli@contoh.id", reference, null));
            tx.setRollbackOnly();
        });
        String committed = "committed-" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> mailer.queue(mail("pembeli@contoh.id", committed, null)));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(committed), "KEPT"::equals);
        assertThat(count(reference)).isZero();
    }

    @Test
    void a_committed_mail_is_kept_within_seconds_also_without_a_transaction() {
        String inTransaction = "kept-" + UUID.randomUUID();
        String alone = "alone-" + UUID.randomUUID();

        transactions.executeWithoutResult(tx -> mailer.queue(mail("pembeli@contoh.id", inTransaction, null)));
        mailer.queue(mail("pembeli@contoh.id", alone, null));

        await().atMost(Duration.ofSeconds(5)).until(() -> status(inTransaction), "KEPT"::equals);
        await().atMost(Duration.ofSeconds(5)).until(() -> status(alone), "KEPT"::equals);
    }

    @Test
    void the_administrator_reads_a_kept_mail_and_its_html_runs_no_script() {
        String reference = "ORD-" + UUID.randomUUID().toString().substring(0, 8);
        mailer.queue(mail("tamu@contoh.id", reference,
                "<p id='greeting'>Terima kasih</p><script>top.document.title = 'pwned'; top.pwned = true;</script>"
                        + "<img src=x onerror=\"top.pwned = true\">"));
        await().atMost(Duration.ofSeconds(5)).until(() -> status(reference), "KEPT"::equals);

        SignIn.as(page, port, "admin", "admin");
        page.navigate("http://localhost:" + port + "/admin/surat");
        page.locator(".mail-admin vaadin-text-field input").fill(reference);
        var row = cell(Pattern.compile("^" + reference + "$"));
        assertThat(row).hasCount(1);
        assertThat(cell(Pattern.compile("^Disimpan \\(tidak dikirim\\)$"))).hasCount(1);
        assertThat(cell(Pattern.compile("^tamu@contoh.id$"))).hasCount(1);

        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                "surat-360.png")));
        row.click();

        assertThat(page.locator(".mail-text")).containsText("Pesanan " + reference + " diterima");
        var frame = page.frameLocator("iframe.mail-html");
        assertThat(frame.locator("#greeting")).hasText("Terima kasih");
        assertThat(page).not().hasTitle("pwned");
        assertThat(page.evaluate("() => window.pwned === true")).isEqualTo(false);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                "surat-dialog-360.png")));
    }

    @Test
    void anonymous_visitors_are_sent_to_login_and_customers_are_not_shown_the_mail() {
        page.navigate("http://localhost:" + port + "/admin/surat");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator(".mail-admin")).hasCount(0);

        SignIn.fill(page, "customer", "customer");
        page.navigate("http://localhost:" + port + "/admin/surat");

        assertThat(page.locator("h1").first()).hasText("Halaman tidak ditemukan");
        assertThat(page.locator(".mail-admin")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                "surat-customer-360.png")));
    }

    /** Shown grid cells whose whole text matches (the grid keeps hidden rows' cells in the page). */
    private com.microsoft.playwright.Locator cell(Pattern text) {
        return page.locator("vaadin-grid-cell-content:visible")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text));
    }

    private static OutgoingMail mail(String to, String reference, String html) {
        return new OutgoingMail(to, "Pesanan " + reference, "Pesanan " + reference + " diterima.", html,
                "order-confirmed", reference);
    }

    private String status(String reference) {
        return jdbc.sql("select status from mail_outbox where reference = :r").param("r", reference)
                .query(String.class).optional().orElse("");
    }

    private long count(String reference) {
        return jdbc.sql("select count(*) from mail_outbox where reference = :r").param("r", reference)
                .query(Long.class).single();
    }
}
