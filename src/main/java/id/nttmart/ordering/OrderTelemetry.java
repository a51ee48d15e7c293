package id.nttmart.ordering;

import id.nttmart.payment.PaymentEvent;
import id.nttmart.platform.Rupiah;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What operators watch of the orders: a log line and a count at each step that matters (placed, short of stock,
 * paid, and each kind of payment event), counted once the step has committed. Prometheus reads them as
 * {@code nttmart_orders_placed_total}, {@code nttmart_orders_paid_total}, {@code nttmart_orders_paid_idr_sum} and
 * {@code nttmart_payment_events_total{type=...}}.
 */
@Component
class OrderTelemetry {

    private static final Logger log = LoggerFactory.getLogger(OrderTelemetry.class);

    private final MeterRegistry registry;
    private final Counter placed;
    private final Counter refusedForStock;
    private final Counter paid;
    private final DistributionSummary paidAmount;

    OrderTelemetry(MeterRegistry registry) {
        this.registry = registry;
        this.placed = Counter.builder("nttmart.orders.placed").description("Orders placed (stock held, awaiting payment)")
                .register(registry);
        this.refusedForStock = Counter.builder("nttmart.orders.short")
                .description("Checkouts refused because the stock was no longer there").register(registry);
        this.paid = Counter.builder("nttmart.orders.paid").description("Orders paid and confirmed").register(registry);
        this.paidAmount = DistributionSummary.builder("nttmart.orders.paid.idr").baseUnit("idr")
                .description("Totals of paid orders, in rupiah").register(registry);
    }

    void placed(StoredOrder order, int shipments) {
        placed.increment();
        log.info("Order {} placed: {} in {} shipment(s), awaiting payment", order.number(),
                Rupiah.format(order.totalIdr()), shipments);
    }

    void shortOfStock(int lines) {
        refusedForStock.increment();
        log.info("Checkout refused: {} line(s) no longer in stock", lines);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(OrderPaid order) {
        paid.increment();
        paidAmount.record(order.totalIdr());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PaymentEvent event) {
        String type = switch (event) {
            case PaymentEvent.Paid p -> "paid";
            case PaymentEvent.Failed f -> "failed";
            case PaymentEvent.PageExpired e -> "expired";
            case PaymentEvent.Refunded r -> "refunded";
        };
        registry.counter("nttmart.payment.events", "type", type).increment();
    }
}
