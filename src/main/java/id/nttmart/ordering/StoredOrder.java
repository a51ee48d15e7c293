package id.nttmart.ordering;

import id.nttmart.region.Address;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An order's row as stored. */
record StoredOrder(
        long id,
        String number,
        OrderStatus status,
        @Nullable UUID holdId,
        @Nullable Long userId,
        Buyer buyer,
        Locale locale,
        @Nullable Long pickupOutletId,
        @Nullable Address address,
        ShippingZone zone,
        boolean ageConfirmed,
        long subtotalIdr,
        long shippingIdr,
        long totalIdr,
        String trackingToken,
        @Nullable Instant reconcileAt,
        @Nullable String paymentIntentId,
        Instant createdAt,
        @Nullable Instant paidAt,
        String siteBase) {

    /** This order as just stored under its id and number. */
    StoredOrder placedAs(long storedId, String storedNumber) {
        return new StoredOrder(storedId, storedNumber, status, holdId, userId, buyer, locale, pickupOutletId, address,
                zone, ageConfirmed, subtotalIdr, shippingIdr, totalIdr, trackingToken, reconcileAt, paymentIntentId, createdAt,
                paidAt,
                siteBase);
    }
}
