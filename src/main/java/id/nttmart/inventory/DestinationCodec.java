package id.nttmart.inventory;

import id.nttmart.routing.Destination;

/** Keeps a hold's destination in one text column, so a rejected shipment can be routed again by the same rules. */
final class DestinationCodec {

    private DestinationCodec() {}

    static String encode(Destination destination) {
        return switch (destination) {
            case Destination.Pickup p -> "PICKUP|" + p.outletId();
            case Destination.Delivery d -> "DELIVERY|" + (d.island() == null ? "" : d.island()) + "|"
                    + (d.latitude() == null ? "" : d.latitude()) + "|" + (d.longitude() == null ? "" : d.longitude());
        };
    }

    static Destination decode(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts[0].equals("PICKUP")) {
            return new Destination.Pickup(Long.parseLong(parts[1]));
        }
        return new Destination.Delivery(parts[1].isEmpty() ? null : parts[1],
                parts[2].isEmpty() ? null : Double.valueOf(parts[2]),
                parts[3].isEmpty() ? null : Double.valueOf(parts[3]));
    }
}
