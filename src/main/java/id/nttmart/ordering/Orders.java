package id.nttmart.ordering;

import id.nttmart.inventory.Reservations;
import id.nttmart.payment.PaymentGatewayException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An order after checkout, as its buyer reaches it through the secret tracking link: follow it, pay it (again), or
 * cancel it before packing (a paid order is then refunded through the gateway).
 */
@Service
public class Orders {

    private final OrderStore orders;
    private final PaymentStore payments;
    private final OrderViews views;
    private final PaymentPages pages;
    private final Reservations reservations;
    private final OrderMails mails;
    private final TransactionTemplate transactions;

    Orders(OrderStore orders, PaymentStore payments, OrderViews views, PaymentPages pages, Reservations reservations,
            OrderMails mails, TransactionTemplate transactions) {
        this.orders = orders;
        this.payments = payments;
        this.views = views;
        this.pages = pages;
        this.reservations = reservations;
        this.mails = mails;
        this.transactions = transactions;
    }

    /** The order, if the token is its tracking link's; nothing otherwise (a wrong token looks like no order). */
    public Optional<OrderView> track(String number, String token) {
        return find(number, token).map(views::of);
    }

    /** The orders of an account, newest first. */
    public List<OrderView> ofAccount(long userId) {
        return orders.ofUser(userId).stream().map(views::of).toList();
    }

    /** The tracking link's token of an account's own order (for its order list). */
    public Optional<String> linkOf(long userId, String number) {
        return orders.find(number).filter(o -> o.userId() != null && o.userId() == userId)
                .map(o -> Links.tracking(o.number(), o.trackingToken()));
    }

    /** Where to pay an order that waits for payment. */
    public sealed interface PayResult {
        record Pay(String url) implements PayResult {}

        /** Paid, cancelled or lapsed meanwhile: the tracking page says which. */
        record NotPayable(OrderView order) implements PayResult {}

        /** The gateway cannot be reached just now; nothing changed, try again shortly. */
        record GatewayUnavailable() implements PayResult {}

        record NotFound() implements PayResult {}
    }

    public PayResult pay(String number, String token) {
        var order = find(number, token);
        if (order.isEmpty()) {
            return new PayResult.NotFound();
        }
        if (order.get().status() != OrderStatus.PENDING_PAYMENT || order.get().holdId() == null) {
            return new PayResult.NotPayable(views.of(order.get()));
        }
        var hold = reservations.find(order.get().holdId());
        Instant expiresAt = hold.map(h -> h.expiresAt()).orElse(Instant.now());
        try {
            return new PayResult.Pay(pages.open(order.get(), order.get().siteBase(), expiresAt));
        } catch (PaymentGatewayException unavailable) {
            return new PayResult.GatewayUnavailable();
        }
    }

    public sealed interface CancelResult {
        record Cancelled(OrderView order) implements CancelResult {}

        /** Packed or sent already, or lapsed: the outlet has it, so it cannot be cancelled here. */
        record NotCancellable(OrderView order) implements CancelResult {}

        record NotFound() implements CancelResult {}
    }

    /** Cancels before packing: the stock goes back; a paid order is refunded in full. Asking twice changes nothing. */
    public CancelResult cancel(String number, String token) {
        if (find(number, token).isEmpty()) {
            return new CancelResult.NotFound();
        }
        return transactions.execute(tx -> {
            StoredOrder order = orders.lock(number).orElseThrow();
            if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.REFUNDED) {
                return new CancelResult.Cancelled(views.of(order));
            }
            var view = views.of(order);
            if (!view.cancellable() || order.holdId() == null) {
                return new CancelResult.NotCancellable(view);
            }
            reservations.release(order.holdId(), "buyer", "order " + number + " cancelled");
            orders.setStatus(order.id(), OrderStatus.CANCELLED);
            orders.event(order.id(), "cancelled", null, "");
            boolean refundDue = order.status() == OrderStatus.PAID && order.paymentIntentId() != null;
            if (refundDue) {
                payments.requestRefund(order.id(), "refund-" + number + "-cancel", order.paymentIntentId(),
                        order.totalIdr() - payments.requestedIdr(order.paymentIntentId()),
                        "cancelled by the buyer before packing");
            }
            mails.cancelled(order, refundDue);
            long orderId = order.id();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pages.closeAll(orderId);
                }
            });
            return new CancelResult.Cancelled(views.of(orders.find(number).orElseThrow()));
        });
    }

    private Optional<StoredOrder> find(String number, String token) {
        if (number.length() > 40 || token.length() > 100) {
            return Optional.empty();
        }
        return orders.find(number).filter(o -> Tokens.matches(o.trackingToken(), token));
    }
}
