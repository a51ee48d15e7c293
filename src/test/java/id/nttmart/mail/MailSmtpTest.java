package id.nttmart.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.nttmart.platform.embedded.EmbeddedPostgresServer;
import id.nttmart.support.TestServices;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * With {@code spring.mail.host} set, the relay really hands mail to an SMTP server (GreenMail, in this JVM), and
 * gives up on a mail the server cannot take after the configured attempts. A context of its own, with a database
 * of its own, so that the other tests' relay (which keeps mail) does not claim these rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = MailSmtpTest.SmtpServices.class)
class MailSmtpTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Test
    void a_queued_mail_reaches_the_smtp_server_with_text_and_html() throws Exception {
        String reference = "ORD-" + UUID.randomUUID();
        mailer.queue(new OutgoingMail("pembeli@contoh.id", "Pesanan diterima", "Pesanan " + reference + " diterima.",
                "<p>Pesanan <b>" + reference + "</b> diterima.</p>", "order-confirmed", reference));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(reference), "SENT"::equals);
        MimeMessage received = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> GreenMailUtil.getBody(m).contains(reference))
                .findFirst()
                .orElseThrow();
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("pembeli@contoh.id");
        assertThat(received.getSubject()).isEqualTo("Pesanan diterima");
        assertThat(received.getFrom()[0].toString()).contains("toko@nttmart.test");
        assertThat(GreenMailUtil.getBody(received)).contains("<b>" + reference + "</b>");
    }

    @Test
    void a_mail_the_server_refuses_is_retried_then_marked_failed_with_the_error() {
        String reference = "BAD-" + UUID.randomUUID();
        mailer.queue(new OutgoingMail("bukan alamat@@", "Pesanan", "Teks", null, "order-confirmed", reference));

        await().atMost(Duration.ofSeconds(15)).until(() -> status(reference), "FAILED"::equals);
        var row = jdbc.sql("select attempts, last_error from mail_outbox where reference = :r").param("r", reference)
                .query((rs, n) -> Map.of("attempts", rs.getInt(1), "error", rs.getString(2))).single();
        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat((String) row.get("error")).isNotBlank();
    }

    private String status(String reference) {
        return jdbc.sql("select status from mail_outbox where reference = :r").param("r", reference)
                .query(String.class).optional().orElse("");
    }

    /** The tests' PostgreSQL and Elasticsearch, a database and an index alias of its own, GreenMail as SMTP. */
    static class SmtpServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var services = TestServices.get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("smtp-services", Map.ofEntries(
                    Map.entry("spring.datasource.url", services.databaseUrl("mailsmtp")),
                    Map.entry("spring.datasource.username", EmbeddedPostgresServer.USER),
                    Map.entry("nttmart.elasticsearch.url", services.elasticsearchUrl()),
                    Map.entry("nttmart.elasticsearch.alias", "products-mailsmtp"),
                    Map.entry("nttmart.demo.enabled", "false"),
                    Map.entry("nttmart.payment.sandbox.enabled", "true"),
                    Map.entry("spring.mail.host", "127.0.0.1"),
                    Map.entry("spring.mail.port", String.valueOf(SMTP.getSmtp().getPort())),
                    Map.entry("nttmart.mail.from", "NTT Mart <toko@nttmart.test>"),
                    Map.entry("nttmart.mail.retry-delay", "200ms"),
                    Map.entry("nttmart.mail.max-attempts", "3"))));
        }
    }
}
