package id.nttmart.inventory;

import id.nttmart.routing.Destination;
import id.nttmart.routing.OrderLine;
import id.nttmart.routing.Router;
import id.nttmart.routing.RoutingPlan;
import id.nttmart.routing.Shipment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds an order's stock at the outlets the routing rules choose. Each unit is reserved by a conditional update
 * that fails when it is no longer available, so no two buyers get the same unit, across any number of app
 * instances; when another buyer got there first, the order is routed again on fresh stock.
 */
@Service
public class Reservations {

    private static final int ATTEMPTS = 3;

    private final RouteSnapshot snapshot;
    private final StockLedger ledger;
    private final HoldStore holds;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Router router = new Router();
    private final Clock clock = Clock.systemUTC();

    private final ReservationGate gate;

    Reservations(RouteSnapshot snapshot, StockLedger ledger, HoldStore holds, TransactionTemplate transactions,
            ApplicationEventPublisher events, ReservationGate gate) {
        this.gate = gate;
        this.snapshot = snapshot;
        this.ledger = ledger;
        this.holds = holds;
        this.transactions = transactions;
        this.events = events;
    }

    /** The plan a buyer sees before paying: shipments per outlet and what cannot be filled. Holds nothing. */
    public RoutingPlan preview(List<OrderLine> lines, Destination destination) {
        return router.route(lines, destination, snapshot.of(lines));
    }

    /**
     * Routes the order and holds its stock until {@code ttl} passes unpaid; all lines or nothing. Waits its turn
     * when many holds are under way on this node ({@link ReservationGate}).
     */
    public HoldResult hold(List<OrderLine> lines, Destination destination, Duration ttl, String actor) {
        return gate.through(() -> holdNow(lines, destination, ttl, actor));
    }

    private HoldResult holdNow(List<OrderLine> lines, Destination destination, Duration ttl, String actor) {
        for (int attempt = 1; ; attempt++) {
            RoutingPlan plan = preview(lines, destination);
            if (!plan.complete()) {
                return new HoldResult.Unavailable(plan.unfillable());
            }
            Instant expiresAt = clock.instant().plus(ttl);
            UUID id = UUID.randomUUID();
            List<Hold.HeldShipment> held;
            try {
                held = ledger.holdNew(id, DestinationCodec.encode(destination), expiresAt, plan.shipments(), actor)
                        .map(shipmentIds -> stored(plan.shipments(), shipmentIds)).orElse(null);
            } catch (PessimisticLockingFailureException lockConflict) {
                // The database chose this statement to give way; nothing was held, so trying again is safe.
                held = null;
            }
            if (held != null) {
                return new HoldResult.Held(new Hold(id, Hold.Status.HELD, expiresAt, held));
            }
            if (attempt == ATTEMPTS) {
                // Stock kept moving under us; what is left is the honest answer.
                RoutingPlan latest = preview(lines, destination);
                return new HoldResult.Unavailable(latest.complete() ? lines : latest.unfillable());
            }
        }
    }

    private static List<Hold.HeldShipment> stored(List<Shipment> shipments, Map<Long, Long> shipmentIds) {
        return shipments.stream().map(s -> new Hold.HeldShipment(shipmentIds.get(s.outletId()), s.outletId(),
                "ACTIVE", s.reason(), s.lines())).toList();
    }

    /** Payment arrived: the hold no longer expires. */
    public void confirm(UUID holdId) {
        transactions.executeWithoutResult(tx -> holds.changeStatus(holdId, Hold.Status.HELD, Hold.Status.CONFIRMED));
    }

    /**
     * Payment arrived: confirms the hold if it still holds its stock; false when it already lapsed or was released
     * (the caller then has a payment without stock to reconcile).
     */
    public boolean confirmIfHeld(UUID holdId) {
        return Boolean.TRUE.equals(transactions.execute(tx -> holds.lockWhileActive(holdId, true)
                && holds.tryChangeStatus(holdId, Hold.Status.HELD, Hold.Status.CONFIRMED)));
    }

    /** The buyer cancelled: every active shipment's units go back to available. */
    public boolean release(UUID holdId, String actor, String reason) {
        return end(holdId, Hold.Status.RELEASED, actor, reason);
    }

    /** Ends holds that stayed unpaid past their expiry; returns how many. Safe on several instances at once. */
    public int expireDue(int limit) {
        int expired = 0;
        for (UUID id : transactions.execute(tx -> holds.due(clock.instant(), limit))) {
            try {
                if (end(id, Hold.Status.EXPIRED, "hold expiry", "unpaid past its expiry")) {
                    expired++;
                }
            } catch (org.springframework.dao.PessimisticLockingFailureException busy) {
                // Its order is being paid or cancelled right now; the next run looks again.
            }
        }
        return expired;
    }

    private boolean end(UUID holdId, Hold.Status to, String actor, String reason) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!holds.lockWhileActive(holdId, to == Hold.Status.EXPIRED)) {
                return false;
            }
            ledger.releaseActiveShipments(holdId, actor, reason);
            holds.endWithShipments(holdId, to);
            events.publishEvent(new HoldEnded(holdId, to));
            return true;
        }));
    }

    /**
     * An outlet cannot fill its shipment (damaged, miscounted): its units are released and its lines routed again by
     * the same rules to other outlets. Lines no other outlet holds are reported ({@link ShipmentLinesUnfillable}).
     */
    public RoutingPlan reject(long shipmentId, String actor, String reason) {
        return transactions.execute(tx -> {
            var hold = holds.lockByShipment(shipmentId)
                    .orElseThrow(() -> new IllegalArgumentException("No active shipment " + shipmentId));
            var shipment = hold.shipments().stream().filter(s -> s.id() == shipmentId).findFirst().orElseThrow();
            releaseShipment(hold.id(), shipment, actor, "rejected: " + reason);
            holds.changeShipmentStatus(shipmentId, "REJECTED", reason);
            Set<Long> rejecting = holds.rejectingOutlets(hold.id());
            Destination destination = DestinationCodec.decode(holds.destination(hold.id()));
            RoutingPlan plan = router.reroute(shipment.lines(), destination, snapshot.of(shipment.lines()), rejecting);
            for (Shipment replacement : plan.shipments()) {
                long replacementId = holds.insertShipment(hold.id(), replacement);
                for (OrderLine line : replacement.lines()) {
                    if (!ledger.apply(replacement.outletId(), line.productId(), MovementKind.RESERVED, 0,
                            line.quantity(), actor, "re-routed shipment " + replacementId, hold.id())) {
                        throw new ConcurrentStockChangeException();
                    }
                }
            }
            if (!plan.unfillable().isEmpty()) {
                events.publishEvent(new ShipmentLinesUnfillable(hold.id(), shipmentId, plan.unfillable()));
            }
            events.publishEvent(new ShipmentRerouted(hold.id(), shipmentId));
            return plan;
        });
    }

    /** The outlet handed the shipment to a courier, or to the buyer at the counter: the units leave the shelf. */
    public void fulfil(long shipmentId, MovementKind how, String actor) {
        if (how != MovementKind.SHIPPED && how != MovementKind.HANDED_OVER) {
            throw new IllegalArgumentException("A shipment leaves as SHIPPED or HANDED_OVER");
        }
        transactions.executeWithoutResult(tx -> {
            var hold = holds.lockByShipment(shipmentId)
                    .orElseThrow(() -> new IllegalArgumentException("No active shipment " + shipmentId));
            var shipment = hold.shipments().stream().filter(s -> s.id() == shipmentId).findFirst().orElseThrow();
            for (OrderLine line : shipment.lines()) {
                ledger.apply(shipment.outletId(), line.productId(), how, -line.quantity(), -line.quantity(), actor,
                        "shipment " + shipmentId, hold.id());
            }
            holds.changeShipmentStatus(shipmentId, how.name(), null);
        });
    }

    public java.util.Optional<Hold> find(UUID holdId) {
        return holds.find(holdId);
    }

    private void releaseShipment(UUID holdId, Hold.HeldShipment shipment, String actor, String reason) {
        for (OrderLine line : shipment.lines().stream().sorted(Comparator.comparingLong(OrderLine::productId))
                .toList()) {
            ledger.apply(shipment.outletId(), line.productId(), MovementKind.RELEASED, 0, -line.quantity(), actor,
                    reason, holdId);
        }
    }

    /** Another buyer took the stock between routing and reserving; the caller may simply try again. */
    public static class ConcurrentStockChangeException extends RuntimeException {

        ConcurrentStockChangeException() {
            super("Stock changed while re-routing; try again");
        }
    }
}
