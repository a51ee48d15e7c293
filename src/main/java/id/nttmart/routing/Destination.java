package id.nttmart.routing;

import org.jspecify.annotations.Nullable;

/**
 * Where an order goes: picked up at an outlet the buyer chose, or delivered to a place. The two are routed by
 * different rules, so they are different types rather than one record with optional fields.
 */
public sealed interface Destination permits Destination.Pickup, Destination.Delivery {

    /** The buyer collects the order at this outlet; no other outlet may serve it. */
    record Pickup(long outletId) implements Destination {}

    /**
     * Delivery to a place, usually a regency seat. The island may be null (outside NTT), and the coordinates may
     * be null when unknown; the rules that need them then treat every outlet alike.
     */
    record Delivery(@Nullable String island, @Nullable Double latitude, @Nullable Double longitude)
            implements Destination {

        public Delivery {
            if (island != null && island.isBlank()) {
                throw new IllegalArgumentException("An island, when given, needs a name");
            }
            if ((latitude == null) != (longitude == null)) {
                throw new IllegalArgumentException("Give both latitude and longitude, or neither");
            }
            if (latitude != null && longitude != null) {
                GreatCircle.requireCoordinates(latitude, longitude);
            }
        }
    }
}
