package id.nttmart.staff;

import id.nttmart.ordering.OrderPaid;
import id.nttmart.platform.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Once a payment or a re-routing has committed, the outlets whose queues grew are told. */
@Component
class NewShipmentNotifier {

    private static final Logger log = LoggerFactory.getLogger(NewShipmentNotifier.class);

    private final ShipmentQueue queue;
    private final OutletBroadcaster broadcaster;

    NewShipmentNotifier(ShipmentQueue queue, OutletBroadcaster broadcaster) {
        this.queue = queue;
        this.broadcaster = broadcaster;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(OrderPaid paid) {
        try (var ignored = RequestId.continuing(paid.requestId())) {
            var outlets = queue.outletsOfOrder(paid.number());
            log.info("Order {} joined the queue of outlet(s) {}", paid.number(), outlets);
            broadcaster.announce(outlets);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ShipmentsQueued queued) {
        broadcaster.announce(queued.outletIds());
    }
}
