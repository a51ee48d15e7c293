package id.nttmart.ordering;

import id.nttmart.inventory.Reservations;
import id.nttmart.payment.PaymentEvent;
import id.nttmart.platform.RequestId;
import id.nttmart.platform.Rupiah;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies the gateway's verified events to orders, inside the transaction that records the event (so each applies
 * once). Events may come late, twice under different ids, or out of order: every transition checks where the order
 * stands. A payment that finds no held stock (lapsed, cancelled) or a second payment is never dropped: the order is
 * marked for the reconciler, which holds the stock again or refunds.
 */
@Component
class PaymentListener {

    private static final Logger log = LoggerFactory.getLogger(PaymentListener.class);

    private final OrderStore orders;
    private final PaymentStore payments;
    private final Reservations reservations;
    private final OrderMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    PaymentListener(OrderStore orders, PaymentStore payments, Reservations reservations, OrderMails mails,
            ApplicationEventPublisher events) {
        this.orders = orders;
        this.payments = payments;
        this.reservations = reservations;
        this.mails = mails;
        this.events = events;
    }

    @EventListener
    void on(PaymentEvent event) {
        var found = orders.lock(event.orderNumber());
        if (found.isEmpty()) {
            log.warn("Payment event {} names no known order ({}); recorded and ignored", event.eventId(),
                    event.orderNumber());
            return;
        }
        StoredOrder order = found.get();
        switch (event) {
            case PaymentEvent.Paid paid -> paid(order, paid);
            case PaymentEvent.PageExpired expired -> payments.bySession(expired.sessionId())
                    .filter(p -> !p.status().equals("PAID"))
                    .ifPresent(p -> payments.setStatus(p.id(), "EXPIRED"));
            case PaymentEvent.Failed failed -> orders.event(order.id(), "payment-failed", null, failed.reason());
            case PaymentEvent.Refunded refunded -> refunded(order, refunded);
        }
    }

    private void paid(StoredOrder order, PaymentEvent.Paid paid) {
        var page = payments.bySession(paid.sessionId());
        if (page.isPresent() && page.get().status().equals("PAID")) {
            return; // the same payment, told again under another event
        }
        if (page.isPresent()) {
            payments.paid(page.get().id(), paid.paymentIntentId());
        } else {
            // A page this shop did not record (opened by hand at the gateway, or its row lost): the money counts.
            payments.recordPaid(order.id(), paid.sessionId(), paid.paymentIntentId(), paid.amountIdr());
        }
        if (paid.amountIdr() != order.totalIdr()) {
            orders.event(order.id(), "payment-mismatch", null, paid.paymentIntentId() + ": " + paid.amountIdr());
            payments.requestRefund(order.id(), "refund-" + paid.paymentIntentId() + "-mismatch",
                    paid.paymentIntentId(), paid.amountIdr(), "paid an amount other than the order's total");
            log.error("Order {} paid {} but costs {}; refunded, the order still waits for its payment",
                    order.number(), paid.amountIdr(), order.totalIdr());
            return;
        }
        if (!orders.keepPayment(order.id(), paid.paymentIntentId())) {
            orders.event(order.id(), "payment-duplicate", null, paid.paymentIntentId());
            payments.requestRefund(order.id(), "refund-" + paid.paymentIntentId() + "-duplicate",
                    paid.paymentIntentId(), paid.amountIdr(), "a second payment for the same order");
            log.warn("Order {} was paid twice; the second payment {} is refunded", order.number(),
                    paid.paymentIntentId());
            return;
        }
        if (order.status() == OrderStatus.PENDING_PAYMENT && order.holdId() != null
                && reservations.confirmIfHeld(order.holdId())) {
            confirmPaid(order);
            return;
        }
        // Paid after the hold lapsed or after the buyer cancelled: the reconciler holds the stock again or refunds.
        orders.event(order.id(), "payment-late", null, paid.paymentIntentId());
        orders.reconcileAt(order.id(), clock.instant());
        log.warn("Order {} was paid while {}; left to the reconciler", order.number(), order.status());
    }

    /** The order is paid and its stock confirmed: outlets may pack, pickup codes exist, the buyer is told. */
    void confirmPaid(StoredOrder order) {
        String placedBy = orders.requestIdOf(order.id());
        try (var ignored = RequestId.continuing(placedBy)) {
            confirmPaid(order, placedBy);
        }
    }

    private void confirmPaid(StoredOrder order, @Nullable String placedBy) {
        orders.setStatus(order.id(), OrderStatus.PAID);
        orders.event(order.id(), "paid", null, "");
        var paidOrder = orders.find(order.number()).orElseThrow();
        reservations.find(paidOrder.holdId()).ifPresent(hold -> hold.shipments().stream()
                .filter(s -> s.status().equals("ACTIVE"))
                .forEach(s -> orders.progress(s.id(), ShipmentStep.PACKING, null, null,
                        order.pickupOutletId() != null ? Tokens.pickupCode() : null)));
        mails.paid(paidOrder);
        log.info("Order {} paid: {}, stock confirmed, outlets may pack", order.number(),
                Rupiah.format(order.totalIdr()));
        events.publishEvent(new OrderPaid(order.number(), order.totalIdr(), placedBy));
    }

    private void refunded(StoredOrder order, PaymentEvent.Refunded refunded) {
        var settled = payments.refundsSettled(refunded.paymentIntentId(), refunded.amountIdr());
        if (!settled.isEmpty()) {
            orders.event(order.id(), "refunded", null, Long.toString(refunded.amountIdr()));
        }
        settle(order);
    }

    /** A cancelled order whose kept payment went back in full becomes REFUNDED, and the buyer is told. */
    void settle(StoredOrder order) {
        if (order.status() == OrderStatus.CANCELLED && order.paymentIntentId() != null
                && payments.refundedIdr(order.paymentIntentId()) >= order.totalIdr()) {
            orders.setStatus(order.id(), OrderStatus.REFUNDED);
            mails.refunded(orders.find(order.number()).orElseThrow());
        }
    }
}
