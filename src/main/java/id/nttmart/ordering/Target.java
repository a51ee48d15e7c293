package id.nttmart.ordering;

import id.nttmart.region.Address;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;
import id.nttmart.routing.Destination;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where an order goes, as the router and the rate table need it: a pickup outlet, a regency of NTT (its island and
 * seat's coordinates), elsewhere in Indonesia, or abroad.
 */
record Target(Destination destination, @Nullable Outlet pickupOutlet, @Nullable Regency regency, boolean indonesia) {

    /** The zone a parcel from {@code outlet} to this target travels in. */
    ShippingZone zoneFrom(Outlet outlet, Regions regions) {
        if (pickupOutlet != null) {
            return ShippingZone.PICKUP;
        }
        if (regency != null) {
            return regions.regency(outlet.regencyId()).island().equals(regency.island())
                    ? ShippingZone.SAME_ISLAND : ShippingZone.NTT_OTHER_ISLAND;
        }
        return indonesia ? ShippingZone.INDONESIA : ShippingZone.ABROAD;
    }

    /** Within NTT (or picked up there): where restricted goods may go. */
    boolean withinNtt() {
        return pickupOutlet != null || regency != null;
    }

    /** Resolves a delivery choice, or says which field is wrong. */
    static Result of(DeliveryChoice choice, Regions regions) {
        return switch (choice) {
            case DeliveryChoice.Pickup pickup -> regions.outletByCode(pickup.outletCode())
                    .<Result>map(o -> new Result.Found(new Target(new Destination.Pickup(o.id()), o, null, true)))
                    .orElseGet(() -> new Result.Wrong(new FieldError("delivery.outlet", "order.error.outlet",
                            "No NTT Mart outlet has this code")));
            case DeliveryChoice.Ship ship -> ship(ship.address(), regions);
        };
    }

    private static Result ship(Address address, Regions regions) {
        if (!address.inIndonesia()) {
            return new Result.Found(new Target(new Destination.Delivery(null, null, null), null, null, false));
        }
        boolean saysNtt = address.province() != null && isNtt(address.province());
        Optional<Regency> regency = regions.findByName(address.city());
        if (regency.isPresent() && (address.province() == null || saysNtt)) {
            Regency r = regency.get();
            return new Result.Found(new Target(new Destination.Delivery(r.island(), r.latitude(), r.longitude()),
                    null, r, true));
        }
        if (saysNtt) {
            return new Result.Wrong(new FieldError("delivery.address.city", "order.error.ntt-city",
                    "Not a regency or city of NTT: choose one of the 22"));
        }
        return new Result.Found(new Target(new Destination.Delivery(null, null, null), null, null, true));
    }

    private static final List<String> NTT_NAMES = List.of("nusa tenggara timur", "ntt", "east nusa tenggara");

    private static boolean isNtt(String province) {
        String key = Normalizer.normalize(province, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
                .replaceAll("^(provinsi|prov\\.?|province( of)?)\\s+", "").replaceAll("\\s+", " ");
        return NTT_NAMES.contains(key);
    }

    sealed interface Result {
        record Found(Target target) implements Result {}

        record Wrong(FieldError error) implements Result {}
    }
}
