package id.nttmart.mail.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mails waiting to be sent ({@code nttmart_mail_outbox_backlog}) and given up on ({@code nttmart_mail_failed}),
 * read from the shared outbox, so each node reports the shop's figure: a growing backlog means the SMTP server is
 * refusing or slow.
 */
@Component
class MailTelemetry {

    MailTelemetry(MeterRegistry registry, JdbcClient jdbc) {
        Gauge.builder("nttmart.mail.outbox.backlog",
                        () -> jdbc.sql("select count(*) from mail_outbox where status = 'QUEUED'").query(Long.class)
                                .single())
                .description("Mails waiting to be sent").register(registry);
        Gauge.builder("nttmart.mail.failed",
                        () -> jdbc.sql("select count(*) from mail_outbox where status = 'FAILED'").query(Long.class)
                                .single())
                .description("Mails the relay gave up on").register(registry);
    }
}
