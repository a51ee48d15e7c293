package id.nttmart.ordering;

import id.nttmart.payment.PaymentGateway;
import id.nttmart.payment.PaymentGatewayException;
import id.nttmart.payment.RefundRequest;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends requested refunds to the gateway. A refund is a row first (decided in the transaction that cancels or
 * reconciles) and a gateway call after, always with the row's idempotency key: a retry after a time-out or a crash
 * cannot refund twice. A refused refund is marked FAILED for an administrator; others are retried with back-off.
 */
@Component
class RefundRelay {

    private static final Logger log = LoggerFactory.getLogger(RefundRelay.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final PaymentStore payments;
    private final OrderStore orders;
    private final PaymentGateway gateway;
    private final PaymentListener listener;
    private final TransactionTemplate transactions;

    RefundRelay(PaymentStore payments, OrderStore orders, PaymentGateway gateway, PaymentListener listener,
            TransactionTemplate transactions) {
        this.payments = payments;
        this.orders = orders;
        this.gateway = gateway;
        this.listener = listener;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${nttmart.orders.refund-every:PT3S}", initialDelayString = "PT3S")
    void sendDue() {
        var due = transactions.execute(tx -> payments.claimDueRefunds(20, LEASE));
        for (var refund : due) {
            try {
                send(refund);
            } catch (RuntimeException unexpected) {
                // The lease brings it back; the others in the batch still go.
                log.error("Refund {} of order {} could not be sent", refund.idempotencyKey(), refund.orderNumber(),
                        unexpected);
            }
        }
    }

    private void send(PaymentStore.Refund refund) {
        try {
            var result = gateway.refund(new RefundRequest(refund.paymentIntentId(), refund.amountIdr(),
                    refund.orderNumber(), refund.reason(), refund.idempotencyKey()));
            boolean succeeded = "succeeded".equals(result.status());
            transactions.executeWithoutResult(tx -> {
                // The order first, then its refund: the gateway's charge.refunded webhook (often arriving right
                // now) locks in that order too, so the two cannot deadlock.
                var order = orders.lock(refund.orderId());
                if (payments.refundSent(refund.id(), result.refundId(), succeeded) && succeeded) {
                    orders.event(refund.orderId(), "refunded", null, Long.toString(refund.amountIdr()));
                }
                order.ifPresent(listener::settle);
            });
            log.info("Refund {} of order {} sent: {}", refund.idempotencyKey(), refund.orderNumber(), result.status());
        } catch (PaymentGatewayException e) {
            Duration later = Duration.ofSeconds(Math.min(3600, 15L << Math.min(8, refund.attempts())));
            transactions.executeWithoutResult(tx -> {
                payments.refundFailed(refund.id(), e.getMessage(), e.retryable(), later);
                if (!e.retryable()) {
                    orders.event(refund.orderId(), "refund-failed", null, e.getMessage());
                }
            });
            log.warn("Refund {} of order {} failed ({}): {}", refund.idempotencyKey(), refund.orderNumber(),
                    e.retryable() ? "retried in " + later : "left for an administrator", e.getMessage());
        }
    }
}
