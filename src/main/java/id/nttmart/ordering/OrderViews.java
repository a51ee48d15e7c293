package id.nttmart.ordering;

import id.nttmart.inventory.Hold;
import id.nttmart.inventory.Reservations;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds what the buyer sees of an order from its row, its lines, its hold's shipments and their progress. */
@Component
class OrderViews {

    private final OrderStore orders;
    private final Reservations reservations;
    private final Regions regions;

    OrderViews(OrderStore orders, Reservations reservations, Regions regions) {
        this.orders = orders;
        this.reservations = reservations;
        this.regions = regions;
    }

    OrderView of(StoredOrder order) {
        Map<Long, Outlet> outlets = regions.outlets().stream().collect(Collectors.toMap(Outlet::id, Function.identity()));
        Map<Long, OrderView.Line> byProduct = new HashMap<>();
        for (Object[] row : orders.lineNames(order.id())) {
            byProduct.put((Long) row[0], new OrderView.Line((String) row[1], (String) row[2], (Long) row[3], 0));
        }
        List<Hold.HeldShipment> held = order.holdId() == null ? List.of()
                : reservations.find(order.holdId()).map(Hold::shipments).orElse(List.of());
        Map<Long, Object[]> progress = orders.progress(held.stream().map(Hold.HeldShipment::id).toList()).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> row));
        var shipments = held.stream()
                .filter(s -> !s.status().equals("RELEASED") || order.status() != OrderStatus.PAID)
                .map(s -> {
                    Outlet outlet = outlets.get(s.outletId());
                    Object[] step = progress.get(s.id());
                    return new OrderView.ShipmentView(s.id(), ref(outlet),
                            s.lines().stream().map(l -> byProduct.get(l.productId()).withQuantity(l.quantity()))
                                    .toList(),
                            s.reason().name(), step(s.status(), step, order.status()),
                            step == null ? null : (String) step[2], step == null ? null : (String) step[3],
                            step == null ? null : (String) step[4]);
                }).toList();
        var pickup = order.pickupOutletId() == null ? null : ref(outlets.get(order.pickupOutletId()));
        return new OrderView(order.number(), order.status(), order.createdAt(), order.paidAt(), order.locale(),
                order.buyer(), order.zone(), pickup, order.address(), order.subtotalIdr(), order.shippingIdr(),
                order.totalIdr(), orders.lines(order.id()), shipments, orders.events(order.id()));
    }

    /** A just-placed order, from what the checkout has at hand (nothing read back): lines by product id. */
    OrderView placed(StoredOrder order, Map<Long, OrderView.Line> lines, Hold hold) {
        Map<Long, Outlet> outlets = regions.outlets().stream().collect(Collectors.toMap(Outlet::id, Function.identity()));
        var shipments = hold.shipments().stream().map(s -> new OrderView.ShipmentView(s.id(),
                ref(outlets.get(s.outletId())), s.lines().stream()
                        .map(l -> lines.get(l.productId()).withQuantity(l.quantity())).toList(),
                s.reason().name(), ShipmentStep.PACKING, null, null, null)).toList();
        var pickup = order.pickupOutletId() == null ? null : ref(outlets.get(order.pickupOutletId()));
        return new OrderView(order.number(), order.status(), order.createdAt(), null, order.locale(), order.buyer(),
                order.zone(), pickup, order.address(), order.subtotalIdr(), order.shippingIdr(), order.totalIdr(),
                List.copyOf(lines.values()), shipments,
                List.of(new OrderView.Event("placed", order.createdAt(), "", null)));
    }

    private OrderView.OutletRef ref(Outlet outlet) {
        return new OrderView.OutletRef(outlet.code(), outlet.name(), regions.regency(outlet.regencyId()).name());
    }

    /** The step the buyer sees: what the outlet recorded, else what the stock says. */
    private static ShipmentStep step(String stockStatus, Object[] progress, OrderStatus order) {
        return switch (stockStatus) {
            case "REJECTED" -> ShipmentStep.REJECTED;
            case "RELEASED" -> ShipmentStep.CANCELLED;
            case "HANDED_OVER" -> progress == null ? ShipmentStep.PICKED_UP : ShipmentStep.valueOf((String) progress[1]);
            case "SHIPPED" -> progress == null ? ShipmentStep.SHIPPED : ShipmentStep.valueOf((String) progress[1]);
            default -> progress == null
                    ? (order == OrderStatus.CANCELLED || order == OrderStatus.EXPIRED ? ShipmentStep.CANCELLED
                            : ShipmentStep.PACKING)
                    : ShipmentStep.valueOf((String) progress[1]);
        };
    }
}
