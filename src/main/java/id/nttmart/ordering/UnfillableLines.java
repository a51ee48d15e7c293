package id.nttmart.ordering;

import id.nttmart.inventory.ShipmentLinesUnfillable;
import id.nttmart.platform.Rupiah;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An outlet rejected a shipment (damaged, miscounted) and no other outlet has those lines: the buyer is told and,
 * for a paid order, refunded for exactly those lines, in the transaction of the rejection. The refund's key names the
 * rejected shipment, so telling twice refunds once.
 */
@Component
class UnfillableLines {

    private final OrderStore orders;
    private final PaymentStore payments;
    private final OrderMails mails;

    UnfillableLines(OrderStore orders, PaymentStore payments, OrderMails mails) {
        this.orders = orders;
        this.payments = payments;
        this.mails = mails;
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
            boolean refund = order.status() == OrderStatus.PAID;
            if (refund) {
                payments.pages(order.id()).stream().filter(p -> p.status().equals("PAID")).findFirst()
                        .ifPresent(paid -> payments.requestRefund(order.id(),
                                "refund-" + order.number() + "-unfillable-" + unfillable.rejectedShipmentId(),
                                paid.paymentIntentId(), amount, "lines no outlet could fill: " + what));
            }
            mails.step(order, "unfillable", what, Rupiah.format(amount));
        });
    }
}
