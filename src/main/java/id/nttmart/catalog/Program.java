package id.nttmart.catalog;

/** The pillar a product belongs to: One Village, One School or One Community One Product. */
public enum Program {
    OVOP,
    OSOP,
    OCOP
}
