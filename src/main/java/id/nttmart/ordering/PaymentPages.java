package id.nttmart.ordering;

import id.nttmart.payment.CheckoutPage;
import id.nttmart.payment.PaymentGateway;
import id.nttmart.payment.PaymentGatewayException;
import id.nttmart.payment.PaymentRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An order's hosted payment page. Each attempt is a row first, then one gateway call whose idempotency key names the
 * order and the attempt, so a time-out, a crash or a second click reuses the same page instead of opening another.
 */
@Component
class PaymentPages {

    private static final Logger log = LoggerFactory.getLogger(PaymentPages.class);

    /** The gateway keeps a page open at least this long (Stripe: 30 minutes). */
    private static final Duration SHORTEST_PAGE = Duration.ofMinutes(31);

    private final PaymentGateway gateway;
    private final PaymentStore payments;
    private final OrderStore orders;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransactions;
    private final Clock clock = Clock.systemUTC();

    PaymentPages(PaymentGateway gateway, PaymentStore payments, OrderStore orders, TransactionTemplate transactions,
            PlatformTransactionManager transactionManager) {
        this.gateway = gateway;
        this.payments = payments;
        this.orders = orders;
        this.transactions = transactions;
        this.ownTransactions = new TransactionTemplate(transactionManager);
        this.ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The URL of a page the buyer can pay on now: the open one, or a new one. An attempt's parameters (its expiry
     * included) are fixed when it is made, so retrying it sends the same call under the same idempotency key; an
     * attempt the gateway refused outright is given up and the next call makes a new one.
     *
     * @throws PaymentGatewayException when the gateway cannot open one
     */
    String open(StoredOrder order, String siteBase, Instant holdExpiresAt) {
        var page = transactions.execute(tx -> {
            orders.lock(order.id()); // two clicks at once make one attempt, not two
            Optional<PaymentStore.Page> latest = payments.latest(order.id());
            if (latest.isPresent() && (latest.get().status().equals("OPEN")
                    || latest.get().status().equals("OPENING"))) {
                return latest.get();
            }
            Instant expiresAt = holdExpiresAt.isAfter(clock.instant().plus(SHORTEST_PAGE)) ? holdExpiresAt
                    : clock.instant().plus(SHORTEST_PAGE);
            return payments.newAttempt(order.id(), order.totalIdr(), expiresAt);
        });
        if (page.status().equals("OPEN") && page.url() != null) {
            return page.url();
        }
        String token = order.trackingToken();
        CheckoutPage opened;
        try {
            opened = gateway.open(new PaymentRequest(order.number(), items(order), order.buyer().email(),
                    order.locale(), Objects.requireNonNull(page.expiresAt()),
                    siteBase + Links.tracking(order.number(), token) + "&paid=1",
                    siteBase + Links.tracking(order.number(), token) + "&cancelled=1",
                    "order-" + order.number() + "-page-" + page.attempt()));
        } catch (PaymentGatewayException refused) {
            if (!refused.retryable()) {
                transactions.executeWithoutResult(tx -> payments.setStatus(page.id(), "FAILED"));
            }
            throw refused;
        }
        transactions.executeWithoutResult(tx -> payments.opened(page.id(), opened.sessionId(), opened.url()));
        log.info("Payment page {} opened for order {}", opened.sessionId(), order.number());
        return opened.url();
    }

    private List<PaymentRequest.Item> items(StoredOrder order) {
        List<PaymentRequest.Item> items = new ArrayList<>();
        for (var line : orders.lines(order.id())) {
            items.add(new PaymentRequest.Item(line.name() + " (" + line.sku() + ")", line.unitPriceIdr(),
                    line.quantity()));
        }
        if (order.shippingIdr() > 0) {
            items.add(new PaymentRequest.Item("en".equals(order.locale().getLanguage()) ? "Delivery" : "Ongkos kirim",
                    order.shippingIdr(), 1));
        }
        return items;
    }

    /**
     * Stops the order's open pages from being paid (cancelled or lapsed); a failure only means a late payment. Runs
     * after the deciding transaction committed, so it uses transactions of its own.
     */
    void closeAll(long orderId) {
        var open = ownTransactions.execute(tx -> payments.pages(orderId).stream()
                .filter(p -> p.sessionId() != null && p.status().equals("OPEN")).toList());
        for (var page : open) {
            try {
                gateway.close(page.sessionId());
                ownTransactions.executeWithoutResult(tx -> payments.setStatus(page.id(), "CLOSED"));
            } catch (PaymentGatewayException e) {
                log.warn("Could not close payment page {}: {}; a payment on it would be reconciled", page.sessionId(),
                        e.getMessage());
            }
        }
    }
}
