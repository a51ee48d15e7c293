package id.nttmart.mail.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nttmart.mail.*}: the sender address, how often the relay looks for mail, and how a failing SMTP server is
 * retried (the delay doubles after each attempt; after {@code maxAttempts} the mail is marked FAILED).
 */
@ConfigurationProperties("nttmart.mail")
record MailProperties(
        @DefaultValue("NTT Mart <no-reply@nttmart.invalid>") String from,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("6") int maxAttempts) {

    MailProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("nttmart.mail.max-attempts must be at least 1");
        }
    }

    Duration delayAfter(int attempts) {
        return retryDelay.multipliedBy(1L << Math.min(attempts - 1, 16));
    }
}
