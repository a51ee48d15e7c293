package id.nttmart.mail.outbox;

import id.nttmart.mail.Mailer;
import id.nttmart.mail.OutgoingMail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a mail into {@code mail_outbox} on the caller's connection, so it commits or rolls back with the caller's
 * transaction; the relay is woken once that transaction has committed (at once when there is none).
 */
@Component
class MailOutbox implements Mailer {

    private final JdbcClient jdbc;
    private final MailRelay relay;

    MailOutbox(JdbcClient jdbc, MailRelay relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    @Override
    public void queue(OutgoingMail mail) {
        jdbc.sql("""
                        insert into mail_outbox (to_address, subject, text_body, html_body, kind, reference)
                        values (:to, :subject, :text, :html, :kind, :reference)""")
                .param("to", mail.to().strip())
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("kind", mail.kind())
                .param("reference", mail.reference())
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        } else {
            relay.wakeUp();
        }
    }
}
