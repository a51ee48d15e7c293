package id.nttmart.ordering;

import id.nttmart.inventory.MovementKind;
import id.nttmart.inventory.Reservations;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A paid order's shipments moving on at their outlets: packed, handed to a courier with a tracking number, ready
 * for pickup, delivered or picked up (with the buyer's code). Each step shows on the tracking page and is mailed to
 * the buyer. The staff console (back office) calls these; it checks which outlet the staff member works at.
 */
@Service
public class Fulfilment {

    private final OrderStore orders;
    private final OrderViews views;
    private final Reservations reservations;
    private final OrderMails mails;
    private final TransactionTemplate transactions;

    Fulfilment(OrderStore orders, OrderViews views, Reservations reservations, OrderMails mails,
            TransactionTemplate transactions) {
        this.orders = orders;
        this.views = views;
        this.reservations = reservations;
        this.mails = mails;
        this.transactions = transactions;
    }

    public void packed(long shipmentId) {
        step(shipmentId, ShipmentStep.PACKED, null, null, order -> mails.step(order, "packed"));
    }

    /** Which step may follow which, for delivered and for picked-up orders. */
    private static Set<ShipmentStep> allowedBefore(ShipmentStep next, boolean pickup) {
        return switch (next) {
            case PACKED -> EnumSet.of(ShipmentStep.PACKING);
            case SHIPPED -> pickup ? EnumSet.noneOf(ShipmentStep.class)
                    : EnumSet.of(ShipmentStep.PACKING, ShipmentStep.PACKED);
            case READY_FOR_PICKUP -> pickup ? EnumSet.of(ShipmentStep.PACKING, ShipmentStep.PACKED)
                    : EnumSet.noneOf(ShipmentStep.class);
            case DELIVERED -> pickup ? EnumSet.noneOf(ShipmentStep.class) : EnumSet.of(ShipmentStep.SHIPPED);
            case PICKED_UP -> pickup ? EnumSet.of(ShipmentStep.READY_FOR_PICKUP) : EnumSet.noneOf(ShipmentStep.class);
            default -> EnumSet.noneOf(ShipmentStep.class);
        };
    }

    /** Refuses a step that does not follow the shipment's current one (shipping a pickup, delivering unshipped...). */
    private OrderView.ShipmentView require(StoredOrder order, long shipmentId, ShipmentStep next) {
        var shipment = views.of(order).shipments().stream().filter(s -> s.id() == shipmentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Shipment " + shipmentId + " is not of this order"));
        if (!allowedBefore(next, order.pickupOutletId() != null).contains(shipment.step())) {
            throw new IllegalStateException("Shipment " + shipmentId + " cannot go from " + shipment.step() + " to "
                    + next);
        }
        return shipment;
    }

    public void shipped(long shipmentId, String courier, String trackingNumber, String actor) {
        transactions.executeWithoutResult(tx -> {
            StoredOrder order = paidOrderOf(shipmentId);
            require(order, shipmentId, ShipmentStep.SHIPPED);
            reservations.fulfil(shipmentId, MovementKind.SHIPPED, actor);
            orders.progress(shipmentId, ShipmentStep.SHIPPED, courier, trackingNumber, null);
            orders.event(order.id(), "shipped", shipmentId, courier + " " + trackingNumber);
            mails.step(order, "shipped", courier, trackingNumber);
        });
    }

    public void readyForPickup(long shipmentId) {
        step(shipmentId, ShipmentStep.READY_FOR_PICKUP, null, null, order -> mails.step(order, "ready"));
    }

    public void delivered(long shipmentId) {
        step(shipmentId, ShipmentStep.DELIVERED, null, null, order -> mails.step(order, "delivered"));
    }

    /** The buyer shows their code at the counter; a wrong code hands nothing over. */
    public boolean pickedUp(long shipmentId, String code, String actor) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            StoredOrder order = paidOrderOf(shipmentId);
            var shipment = require(order, shipmentId, ShipmentStep.PICKED_UP);
            if (shipment.pickupCode() == null || !Tokens.matches(shipment.pickupCode(), code.strip())) {
                return false;
            }
            reservations.fulfil(shipmentId, MovementKind.HANDED_OVER, actor);
            orders.progress(shipmentId, ShipmentStep.PICKED_UP, null, null, null);
            orders.event(order.id(), "picked-up", shipmentId, "");
            finishIfDone(order);
            return true;
        }));
    }

    private void step(long shipmentId, ShipmentStep step, String courier, String trackingNumber,
            java.util.function.Consumer<StoredOrder> tell) {
        transactions.executeWithoutResult(tx -> {
            StoredOrder order = paidOrderOf(shipmentId);
            require(order, shipmentId, step);
            orders.progress(shipmentId, step, courier, trackingNumber, null);
            orders.event(order.id(), step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), shipmentId, "");
            tell.accept(order);
            if (step == ShipmentStep.DELIVERED) {
                finishIfDone(order);
            }
        });
    }

    private void finishIfDone(StoredOrder order) {
        var view = views.of(order);
        if (view.shipments().stream().allMatch(s -> s.step() == ShipmentStep.DELIVERED
                || s.step() == ShipmentStep.PICKED_UP || s.step() == ShipmentStep.REJECTED)) {
            orders.setStatus(order.id(), OrderStatus.FULFILLED);
            orders.event(order.id(), "fulfilled", null, "");
        }
    }

    /**
     * The outlet cannot fill the shipment: {@link Reservations#reject} re-routes its lines (and lines nobody can fill
     * are refunded). The order is locked first, as payment and cancellation lock it, so a rejection racing a
     * cancellation waits for it instead of deadlocking on the hold.
     */
    public id.nttmart.routing.RoutingPlan reject(long shipmentId, String actor, String reason) {
        return transactions.execute(tx -> {
            paidOrderOf(shipmentId);
            return reservations.reject(shipmentId, actor, reason);
        });
    }

    private StoredOrder paidOrderOf(long shipmentId) {
        return orders.lockByShipment(shipmentId).filter(o -> o.status() == OrderStatus.PAID)
                .orElseThrow(() -> new IllegalArgumentException("Shipment " + shipmentId + " is not of a paid order"));
    }
}
