package id.nttmart.catalog;

/**
 * Published inside the transaction that wrote a product submitted for review (an outlet's import or form): the
 * product is {@link ProductStatus#PENDING_REVIEW} until a curator decides. {@code submittedBy} is the user name.
 */
public record ProductSubmitted(long productId, String sku, String submittedBy) {}
