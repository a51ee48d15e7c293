package id.nttmart.inventory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases the stock of unpaid holds past their expiry. Every instance runs it; each due hold is locked with
 * {@code SKIP LOCKED} and ended only while still held, so each expires exactly once across instances.
 */
@Component
class HoldExpiry {

    private static final Logger log = LoggerFactory.getLogger(HoldExpiry.class);

    private final Reservations reservations;

    HoldExpiry(Reservations reservations) {
        this.reservations = reservations;
    }

    @Scheduled(fixedDelayString = "${nttmart.holds.expiry-check:PT15S}", initialDelayString = "PT10S")
    void expireDue() {
        int expired;
        do {
            expired = reservations.expireDue(100);
            if (expired > 0) {
                log.info("Released the stock of {} unpaid holds past their expiry", expired);
            }
        } while (expired == 100);
    }
}
