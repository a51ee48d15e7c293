package id.nttmart.staff;

import id.nttmart.ordering.OrderPaid;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Once a payment or a re-routing has committed, the outlets whose queues grew are told. */
@Component
class NewShipmentNotifier {

    private final ShipmentQueue queue;
    private final OutletBroadcaster broadcaster;

    NewShipmentNotifier(ShipmentQueue queue, OutletBroadcaster broadcaster) {
        this.queue = queue;
        this.broadcaster = broadcaster;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(OrderPaid paid) {
        broadcaster.announce(queue.outletsOfOrder(paid.number()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ShipmentsQueued queued) {
        broadcaster.announce(queued.outletIds());
    }
}
