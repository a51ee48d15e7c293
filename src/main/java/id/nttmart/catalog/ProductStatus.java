package id.nttmart.catalog;

/** Only {@link #LISTED} products appear in the storefront and the search index. */
public enum ProductStatus {
    PENDING_REVIEW,
    LISTED,
    REJECTED,
    DELISTED
}
