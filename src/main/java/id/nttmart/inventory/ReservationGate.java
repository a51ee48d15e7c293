package id.nttmart.inventory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets at most {@code nttmart.reservations.concurrency} holds (routing read and hold statement) work at once on this
 * node, first come first served; the others wait their turn in the JVM. Sixteen buyers' statements all running at
 * once on a few database cores mostly wait for each other (row and page locks, the CPU), and the unlucky ones wait
 * longest; a short queue in order gives every buyer about the same, shorter wait, and more orders per second
 * (the routing benchmark's figures are in the README). Zero or less: no limit.
 */
@Component
class ReservationGate {

    private final Semaphore permits;
    private final Duration patience;
    private final Counter busy;

    /**
     * @param patience how long a hold waits for its turn before the buyer is told the shop is busy; by default as
     *     long as the connection pool lets a request wait for a connection
     */
    ReservationGate(@Value("${nttmart.reservations.concurrency:8}") int concurrency,
            @Value("${nttmart.reservations.patience:PT10S}") Duration patience, MeterRegistry registry) {
        this.permits = new Semaphore(concurrency > 0 ? concurrency : Integer.MAX_VALUE, true);
        this.patience = patience;
        Gauge.builder("nttmart.reservations.waiting", permits, Semaphore::getQueueLength)
                .description("Stock holds waiting their turn at this node's reservation gate").register(registry);
        this.busy = Counter.builder("nttmart.reservations.busy")
                .description("Stock holds refused because they waited past their patience").register(registry);
    }

    <T> T through(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // The caller already holds a connection; queueing it could leave the pool to the waiters.
            return work.get();
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientDataAccessResourceException("Interrupted while waiting to reserve stock", e);
        }
        if (!admitted) {
            busy.increment();
            throw new TransientDataAccessResourceException("Too many reservations at once; try again");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
