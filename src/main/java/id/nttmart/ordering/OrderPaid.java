package id.nttmart.ordering;

import org.jspecify.annotations.Nullable;

/**
 * An order's payment was confirmed and its stock is the outlets' to pack; published inside that transaction.
 *
 * @param requestId the id of the request that placed the order, so what follows logs under it
 */
public record OrderPaid(String number, long totalIdr, @Nullable String requestId) {}
