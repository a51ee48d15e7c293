package id.nttmart.ordering;

import id.nttmart.inventory.Hold;
import id.nttmart.inventory.HoldEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An unpaid order whose hold expired lapses with it, in the same transaction; its payment page is then closed, so
 * it cannot be paid (a payment that slips through anyway is reconciled). If a payment holds the order at that very
 * moment, the expiry gives way (the lock is taken without waiting) and tries again later: the payment wins.
 */
@Component
class HoldLapse {

    private final OrderStore orders;
    private final PaymentPages pages;

    HoldLapse(OrderStore orders, PaymentPages pages) {
        this.orders = orders;
        this.pages = pages;
    }

    @EventListener
    void on(HoldEnded ended) {
        if (ended.status() != Hold.Status.EXPIRED) {
            return;
        }
        orders.lockByHoldNowait(ended.holdId()).filter(o -> o.status() == OrderStatus.PENDING_PAYMENT).ifPresent(order -> {
            orders.setStatus(order.id(), OrderStatus.EXPIRED);
            orders.event(order.id(), "expired", null, "");
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pages.closeAll(order.id());
                }
            });
        });
    }
}
