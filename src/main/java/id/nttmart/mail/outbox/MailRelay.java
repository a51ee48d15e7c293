package id.nttmart.mail.outbox;

import jakarta.mail.MessagingException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each mail is claimed with {@code FOR UPDATE SKIP LOCKED} in a transaction of its own, so
 * several app instances share the work and each mail is handed to the SMTP server once (a crash between the
 * server's acceptance and the commit may send it twice: at least once, never lost). Without a configured SMTP
 * server ({@code spring.mail.host}) mails are marked KEPT, for administrators to read. A commit that queued mail
 * wakes the relay; otherwise it looks every {@code nttmart.mail.poll-interval}.
 */
@Component
class MailRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);
    private static final long BATCH_WINDOW_MILLIS = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final @Nullable JavaMailSender sender;
    private final MailProperties properties;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private @Nullable Thread worker;

    MailRelay(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> sender,
            MailProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sender = sender.getIfAvailable();
        this.properties = properties;
    }

    void wakeUp() {
        wakeUps.release();
    }

    private record Claimed(long id, String to, String subject, String text, @Nullable String html, int attempts) {}

    /** Delivers one due mail, or keeps a batch of them when there is no SMTP server; false when none is due. */
    boolean relayOnce() {
        if (sender == null) {
            // Nothing leaves the shop: keeping is one statement for many mails, not a transaction per mail.
            return jdbc.sql("""
                            update mail_outbox set status = 'KEPT', sent_at = now()
                            where id in (select id from mail_outbox where status = 'QUEUED' and next_attempt_at <= now()
                                         order by id limit 500 for update skip locked)""")
                    .update() > 0;
        }
        Boolean handled = transactions.execute(tx -> {
            var mail = jdbc.sql("""
                            select id, to_address, subject, text_body, html_body, attempts from mail_outbox
                            where status = 'QUEUED' and next_attempt_at <= now()
                            order by id limit 1 for update skip locked""")
                    .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("to_address"),
                            rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                            rs.getInt("attempts")))
                    .optional()
                    .orElse(null);
            if (mail == null) {
                return false;
            }
            int attempts = mail.attempts() + 1;
            try {
                send(sender, mail);
                mark(mail.id(), MailStatus.SENT, attempts, null, null);
            } catch (MailException | MessagingException e) {
                boolean giveUp = attempts >= properties.maxAttempts();
                log.warn("Mail {} to {} not sent (attempt {}{}): {}", mail.id(), mail.to(), attempts,
                        giveUp ? ", giving up" : "", e.getMessage());
                mark(mail.id(), giveUp ? MailStatus.FAILED : MailStatus.QUEUED, attempts,
                        Instant.now().plus(properties.delayAfter(attempts)), String.valueOf(e.getMessage()));
            }
            return true;
        });
        return Boolean.TRUE.equals(handled);
    }

    private void send(JavaMailSender sender, Claimed mail) throws MessagingException {
        var message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        if (mail.html() != null) {
            helper.setText(mail.text(), mail.html());
        } else {
            helper.setText(mail.text());
        }
        sender.send(message);
    }

    private void mark(long id, MailStatus status, int attempts, @Nullable Instant nextAttempt,
            @Nullable String error) {
        jdbc.sql("""
                        update mail_outbox set status = :status, attempts = :attempts,
                            next_attempt_at = coalesce(:next, next_attempt_at),
                            sent_at = case when :status in ('SENT', 'KEPT') then now() end,
                            last_error = :error
                        where id = :id""")
                .param("status", status.name())
                .param("attempts", attempts)
                .param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                .param("error", error)
                .param("id", id)
                .update();
    }

    private void loop() {
        while (running) {
            try {
                if (!relayOnce()) {
                    if (wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                        // Gather the commits of a busy moment (checkouts at the start of the month) into one round.
                        Thread.sleep(BATCH_WINDOW_MILLIS);
                    }
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Mail relay will retry: {}", e.getMessage());
                try {
                    Thread.sleep(properties.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host): mail is kept for administrators at /admin/surat");
        }
        running = true;
        worker = Thread.ofPlatform().name("mail-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        var thread = worker;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
