package id.nttmart.ordering;

import id.nttmart.inventory.HoldResult;
import id.nttmart.inventory.Reservations;
import id.nttmart.region.Regions;
import id.nttmart.routing.OrderLine;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles payments that found no stock held for them: paid after the hold lapsed, or after the buyer cancelled. A
 * lapsed order's stock is held again if the outlets still have it (the order is then paid as if on time); otherwise,
 * and always for a cancelled order, the payment is refunded. Every instance runs it; each order is claimed by one.
 */
@Component
class PaymentReconciler {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciler.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final OrderStore orders;
    private final PaymentStore payments;
    private final Reservations reservations;
    private final PaymentListener listener;
    private final Regions regions;
    private final TransactionTemplate transactions;
    private final Duration holdTtl;

    PaymentReconciler(OrderStore orders, PaymentStore payments, Reservations reservations, PaymentListener listener,
            Regions regions, TransactionTemplate transactions,
            @Value("${nttmart.orders.hold-ttl:PT35M}") Duration holdTtl) {
        this.orders = orders;
        this.payments = payments;
        this.reservations = reservations;
        this.listener = listener;
        this.regions = regions;
        this.transactions = transactions;
        this.holdTtl = holdTtl;
    }

    @Scheduled(fixedDelayString = "${nttmart.orders.reconcile-every:PT5S}", initialDelayString = "PT5S")
    void reconcileDue() {
        List<String> due = transactions.execute(tx -> orders.claimReconciling(20, LEASE));
        for (String number : due) {
            try {
                reconcile(number);
            } catch (RuntimeException e) {
                log.error("Could not reconcile the payment of order {}; retried in {}", number, LEASE, e);
            }
        }
    }

    void reconcile(String number) {
        StoredOrder order = orders.find(number).orElseThrow();
        String paymentIntent = order.paymentIntentId();
        if (paymentIntent == null) {
            transactions.executeWithoutResult(tx -> orders.reconcileAt(order.id(), null));
            return;
        }
        if (order.status() == OrderStatus.EXPIRED || order.status() == OrderStatus.PENDING_PAYMENT) {
            var lines = orders.productUnits(order.id()).stream()
                    .map(u -> new OrderLine(u[0], (int) u[1])).toList();
            var target = Target.of(delivery(order), regions);
            if (target instanceof Target.Result.Found found) {
                var held = reservations.hold(lines, found.target().destination(), holdTtl, "payment reconciler");
                if (held instanceof HoldResult.Held hold) {
                    boolean done = Boolean.TRUE.equals(transactions.execute(tx -> {
                        StoredOrder locked = orders.lock(order.id()).orElseThrow();
                        if (locked.reconcileAt() == null || locked.status() == OrderStatus.PAID
                                || locked.status() == OrderStatus.CANCELLED) {
                            return false;
                        }
                        orders.setHold(locked.id(), hold.hold().id());
                        reservations.confirm(hold.hold().id());
                        orders.reconcileAt(locked.id(), null);
                        orders.event(locked.id(), "payment-late-accepted", null, paymentIntent);
                        listener.confirmPaid(orders.find(number).orElseThrow());
                        return true;
                    }));
                    if (!done) {
                        reservations.release(hold.hold().id(), "payment reconciler", "order settled meanwhile");
                    } else {
                        log.info("Order {} paid late: its stock was held again", number);
                    }
                    return;
                }
            }
        }
        transactions.executeWithoutResult(tx -> {
            StoredOrder locked = orders.lock(order.id()).orElseThrow();
            if (locked.reconcileAt() == null) {
                return;
            }
            if (locked.status() == OrderStatus.PENDING_PAYMENT) {
                orders.setStatus(locked.id(), OrderStatus.EXPIRED);
            }
            payments.requestRefund(locked.id(), "refund-" + paymentIntent + "-unfilled", paymentIntent,
                    locked.totalIdr() - payments.requestedIdr(paymentIntent), locked.status() == OrderStatus.CANCELLED
                            ? "paid after the order was cancelled" : "paid after the hold lapsed; stock gone");
            orders.event(locked.id(), "payment-late-refunded", null, paymentIntent);
            orders.reconcileAt(locked.id(), null);
        });
        log.warn("Order {} paid when its stock could not be held: refunding {}", number, paymentIntent);
    }

    static DeliveryChoice delivery(StoredOrder order, Regions regions) {
        if (order.pickupOutletId() != null) {
            String code = regions.outlets().stream().filter(o -> o.id() == order.pickupOutletId()).findFirst()
                    .orElseThrow().code();
            return new DeliveryChoice.Pickup(code);
        }
        return new DeliveryChoice.Ship(java.util.Objects.requireNonNull(order.address()));
    }

    private DeliveryChoice delivery(StoredOrder order) {
        return delivery(order, regions);
    }
}
