package id.nttmart.ordering;

import id.nttmart.inventory.ShipmentLinesUnfillable;
import id.nttmart.inventory.Reservations;
import id.nttmart.platform.Rupiah;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An outlet rejected a shipment (damaged, miscounted) and no other outlet has those lines: the buyer is told, in the
 * transaction of the rejection. A paid order is refunded for exactly those lines (the refund's key names the rejected
 * shipment, so telling twice refunds once), or in full and closed when nothing is left to send; an unpaid one is
 * cancelled, its stock released and its page closed, since it is no longer what the buyer was asked to pay for.
 */
@Component
class UnfillableLines {

    private final OrderStore orders;
    private final PaymentStore payments;
    private final OrderMails mails;
    private final Reservations reservations;
    private final PaymentPages pages;

    UnfillableLines(OrderStore orders, PaymentStore payments, OrderMails mails, Reservations reservations,
            PaymentPages pages) {
        this.orders = orders;
        this.payments = payments;
        this.mails = mails;
        this.reservations = reservations;
        this.pages = pages;
    }

    @EventListener
    void on(ShipmentLinesUnfillable unfillable) {
        orders.lockByHold(unfillable.holdId()).ifPresent(order -> {
            Map<Long, Object[]> byProduct = new HashMap<>();
            orders.lineNames(order.id()).forEach(row -> byProduct.put((Long) row[0], row));
            long amount = unfillable.lines().stream()
                    .mapToLong(l -> (Long) byProduct.get(l.productId())[3] * l.quantity()).sum();
            String what = unfillable.lines().stream()
                    .map(l -> l.quantity() + " x " + byProduct.get(l.productId())[2])
                    .collect(Collectors.joining(", "));
            orders.event(order.id(), "lines-unfillable", unfillable.rejectedShipmentId(), what);
            boolean somethingLeft = reservations.find(unfillable.holdId()).stream()
                    .flatMap(hold -> hold.shipments().stream()).anyMatch(s -> s.status().equals("ACTIVE"));
            if (order.status() == OrderStatus.PAID && order.paymentIntentId() != null) {
                String pi = order.paymentIntentId();
                if (somethingLeft) {
                    payments.requestRefund(order.id(), "refund-" + order.number() + "-unfillable-"
                            + unfillable.rejectedShipmentId(), pi, amount, "lines no outlet could fill: " + what);
                } else {
                    // Nothing left to send: the whole payment (delivery included) goes back, the order is closed.
                    amount = order.totalIdr() - payments.requestedIdr(pi);
                    payments.requestRefund(order.id(), "refund-" + order.number() + "-unfillable-all", pi, amount,
                            "no outlet could fill the order: " + what);
                    orders.setStatus(order.id(), OrderStatus.CANCELLED);
                    orders.event(order.id(), "cancelled", null, "");
                }
                mails.step(order, "unfillable", what, Rupiah.format(amount));
            } else if (order.status() == OrderStatus.PENDING_PAYMENT && order.holdId() != null) {
                // Not paid yet and no longer what the buyer agreed to pay for: cancelled, nothing charged.
                reservations.release(order.holdId(), "checkout", "order " + order.number() + " cannot be filled");
                orders.setStatus(order.id(), OrderStatus.CANCELLED);
                orders.event(order.id(), "cancelled", null, "");
                mails.cancelled(order, false);
                long orderId = order.id();
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        pages.closeAll(orderId);
                    }
                });
            }
        });
    }
}
