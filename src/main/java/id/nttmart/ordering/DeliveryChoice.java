package id.nttmart.ordering;

import id.nttmart.region.Address;

/** Picked up at an outlet the buyer chose (free), or shipped to an address in NTT, elsewhere in Indonesia or abroad. */
public sealed interface DeliveryChoice {

    record Pickup(String outletCode) implements DeliveryChoice {}

    record Ship(Address address) implements DeliveryChoice {}
}
