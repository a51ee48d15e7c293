package id.nttmart.account;

import id.nttmart.region.Address;

/** A delivery address an account holder keeps under a label ("Rumah", "Kantor"); one of them may be the default. */
public record SavedAddress(long id, String label, Address address, boolean isDefault) {}
