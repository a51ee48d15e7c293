package id.nttmart.ordering;

/** How far a parcel travels from the outlet that sends it; the rate table prices each zone by weight. */
public enum ShippingZone {
    PICKUP,
    /** Within the island of the outlet (Flores to Flores). */
    SAME_ISLAND,
    /** To another island of NTT (Sumba to Timor). */
    NTT_OTHER_ISLAND,
    /** Elsewhere in Indonesia. */
    INDONESIA,
    /** Abroad, for tourists shipping home. */
    ABROAD
}
