package id.nttmart.curation;

/** Where a submitted product's review stands; {@link #NONE} for products that never went through review. */
public enum ReviewState {
    NONE,
    PENDING,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED
}
