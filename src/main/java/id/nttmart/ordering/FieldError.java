package id.nttmart.ordering;

/**
 * One thing wrong with an order: the field ({@code buyer.email}, {@code lines[2].qty}, {@code delivery.address.postal_code}),
 * a message key in the UI bundles (for the checkout page) and the English message (for the API).
 */
public record FieldError(String field, String key, String message) {}
