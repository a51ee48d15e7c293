package id.nttmart.staff;

import java.util.Set;

/** Shipments joined these outlets' queues (re-routed from a rejecting outlet); their staff's screens are told. */
record ShipmentsQueued(Set<Long> outletIds) {}
