package id.nttmart.catalog;

/** Permits a product may hold: home-industry food permit, BPOM registration, national standard, halal. */
public enum LicenceType {
    PIRT,
    BPOM,
    SNI,
    HALAL;

    /** Food and drink may be sold only with one of these. */
    public boolean permitsFood() {
        return this == PIRT || this == BPOM;
    }
}
