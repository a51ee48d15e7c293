package id.nttmart.staff;

import id.nttmart.audit.AuditLog;
import id.nttmart.ordering.Fulfilment;
import id.nttmart.routing.RoutingPlan;
import id.nttmart.routing.Shipment;
import id.nttmart.security.BackOfficeAccess;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipment queue of the signed-in staff member's outlets and the steps they take: start picking, packed, handed
 * to a courier, delivered, ready for pickup, picked up against the buyer's code, rejected with a reason (routed
 * again). Every read and change checks the outlet scope first: a shipment of another outlet is not found. Every
 * change is audited in its own transaction.
 */
@Service
@Transactional(readOnly = true)
public class StaffShipments {

    static final int MAX_TEXT = 200;

    private final ShipmentQueue queue;
    private final BackOfficeAccess access;
    private final Fulfilment fulfilment;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    StaffShipments(ShipmentQueue queue, BackOfficeAccess access, Fulfilment fulfilment, AuditLog audit, ApplicationEventPublisher events) {
        this.queue = queue;
        this.access = access;
        this.fulfilment = fulfilment;
        this.audit = audit;
        this.events = events;
    }

    /** The user's outlets' shipments in a state (or of one of them, {@code outletId}), oldest payment first. */
    public List<StaffShipment> queue(QueueState state, @Nullable Long outletId) {
        var scope = access.outlets();
        if (outletId != null && !scope.includes(outletId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not your outlet");
        }
        return queue.list(scope, outletId, state, 200);
    }

    /** How many shipments wait in each state (every state present, zero when empty). */
    public Map<QueueState, Integer> counts(@Nullable Long outletId) {
        var scope = access.outlets();
        if (outletId != null && !scope.includes(outletId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not your outlet");
        }
        Map<QueueState, Integer> found = queue.counts(scope, outletId);
        Map<QueueState, Integer> counts = new LinkedHashMap<>();
        for (QueueState state : QueueState.values()) {
            counts.put(state, found.getOrDefault(state, 0));
        }
        return counts;
    }

    /** One shipment of the user's outlets. */
    public StaffShipment shipment(long id) {
        var shipment = queue.find(id).orElseThrow(() -> new ShipmentNotFoundException(id));
        if (!access.outlets().includes(shipment.outletId())) {
            throw new ShipmentNotFoundException(id);
        }
        return shipment;
    }

    @Transactional
    public StaffShipment startPicking(long id) {
        var before = expect(id, EnumSet.of(QueueState.NEW));
        if (!queue.startPicking(id, access.actor())) {
            throw new IllegalStateException("Someone already started picking shipment " + id);
        }
        return audited("shipment picking started", before);
    }

    @Transactional
    public StaffShipment packed(long id) {
        var before = expect(id, EnumSet.of(QueueState.NEW, QueueState.PICKING));
        fulfilment.packed(id);
        return audited("shipment packed", before);
    }

    @Transactional
    public StaffShipment shipped(long id, String courier, String trackingNumber) {
        String c = text("courier", courier);
        String t = text("tracking number", trackingNumber);
        var before = expect(id, EnumSet.of(QueueState.PACKED));
        if (before.pickup()) {
            throw new IllegalStateException("Shipment " + id + " is picked up by the buyer, not shipped");
        }
        fulfilment.shipped(id, c, t, access.actor());
        return audited("shipment handed to courier", before);
    }

    @Transactional
    public StaffShipment delivered(long id) {
        var before = expect(id, EnumSet.of(QueueState.SHIPPED));
        fulfilment.delivered(id);
        return audited("shipment delivered", before);
    }

    @Transactional
    public StaffShipment readyForPickup(long id) {
        var before = expect(id, EnumSet.of(QueueState.PACKED));
        if (!before.pickup()) {
            throw new IllegalStateException("Shipment " + id + " is delivered, not picked up");
        }
        fulfilment.readyForPickup(id);
        return audited("shipment ready for pickup", before);
    }

    /** The buyer shows their code at the counter; a wrong code hands nothing over and answers false. */
    @Transactional
    public boolean pickedUp(long id, String code) {
        var before = expect(id, EnumSet.of(QueueState.READY_FOR_PICKUP));
        if (code.isBlank() || !fulfilment.pickedUp(id, code, access.actor())) {
            return false;
        }
        audited("shipment picked up", before);
        return true;
    }

    /**
     * The outlet cannot fill the shipment: its units are released and its lines routed to other outlets by the same
     * rules (lines no outlet has are refunded to the buyer). The outlets the lines went to are told (push).
     */
    @Transactional
    public StaffShipment reject(long id, String reason) {
        String why = text("reason", reason);
        var before = expect(id, EnumSet.of(QueueState.NEW, QueueState.PICKING, QueueState.PACKED));
        RoutingPlan plan;
        try {
            plan = fulfilment.reject(id, access.actor(), why);
        } catch (IllegalArgumentException e) {
            // Shipped, handed over or rejected by someone else since it was read.
            throw new IllegalStateException("Shipment " + id + " is no longer at the outlet", e);
        }
        Set<Long> outlets = plan.shipments().stream().map(Shipment::outletId).collect(Collectors.toSet());
        var after = shipment(id);
        audit.record("shipment rejected", AuditLog.Subject.of("shipment", id), before.outletId(), state(before),
                Map.of("state", after.state().name(), "reason", why, "rerouted_to_outlets", outlets.stream()
                        .sorted().toList(), "unfillable_lines", plan.unfillable().size()));
        if (!outlets.isEmpty()) {
            events.publishEvent(new ShipmentsQueued(outlets));
        }
        return after;
    }

    private StaffShipment expect(long id, Set<QueueState> allowed) {
        var shipment = shipment(id);
        if (!allowed.contains(shipment.state())) {
            throw new IllegalStateException("Shipment " + id + " is " + shipment.state() + "; this step needs "
                    + allowed);
        }
        return shipment;
    }

    private StaffShipment audited(String action, StaffShipment before) {
        var after = shipment(before.id());
        audit.record(action, AuditLog.Subject.of("shipment", before.id()), before.outletId(), state(before),
                state(after));
        return after;
    }

    private static Map<String, Object> state(StaffShipment s) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("order", s.orderNumber());
        state.put("state", s.state().name());
        if (s.courier() != null) {
            state.put("courier", s.courier());
            state.put("tracking_number", s.trackingNumber());
        }
        return state;
    }

    static String text(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + field + " is required");
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw new IllegalArgumentException("The " + field + " is longer than " + MAX_TEXT + " characters");
        }
        return v;
    }

}
