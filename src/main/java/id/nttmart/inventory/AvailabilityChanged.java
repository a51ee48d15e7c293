package id.nttmart.inventory;

/**
 * Published inside the transaction in which an outlet's available units of a product went from none to some, or
 * from some to none: the only stock changes that can change whether the product is in stock anywhere. Changes
 * within "some" (most holds and sales) publish nothing, so they cost the search index nothing.
 */
public record AvailabilityChanged(long productId) {}
