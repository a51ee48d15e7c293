package id.nttmart.payment.sandbox;

import id.nttmart.payment.stripe.PaymentMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On every instance: expires lapsed pages (each once, {@code SKIP LOCKED}) and retries webhook deliveries that are
 * due. Intervals: {@code nttmart.payment.sandbox.sweep} and {@code nttmart.payment.sandbox.relay}.
 */
@Component
@Conditional(PaymentMode.OnSandbox.class)
class SandboxJobs {

    private static final Logger log = LoggerFactory.getLogger(SandboxJobs.class);

    private final SandboxSessions sessions;
    private final SandboxWebhooks webhooks;
    private final TransactionTemplate transaction;

    SandboxJobs(SandboxSessions sessions, SandboxWebhooks webhooks, TransactionTemplate transaction) {
        this.sessions = sessions;
        this.webhooks = webhooks;
        this.transaction = transaction;
    }

    @Scheduled(fixedDelayString = "${nttmart.payment.sandbox.sweep:PT30S}", initialDelayString = "PT20S")
    void expireLapsed() {
        var events = transaction.execute(status -> sessions.expireLapsed(100));
        if (events != null && !events.isEmpty()) {
            log.info("Sandbox: expired {} lapsed payment pages", events.size());
            webhooks.deliverNow(events);
        }
    }

    @Scheduled(fixedDelayString = "${nttmart.payment.sandbox.relay:PT2S}", initialDelayString = "PT5S")
    void relayWebhooks() {
        while (webhooks.relayDue(20) == 20) {
            // more are due
        }
    }
}
