/**
 * Carts, orders and their payment: a buyer's cart in PostgreSQL, checkout (validation, restricted goods, delivery
 * rates, the stock hold through {@code inventory}), the payment page through {@code payment}, confirmation by the
 * gateway's verified webhook only, cancellation and refunds, late or duplicate payments reconciled, and the tracking
 * page's steps.
 */
@NullMarked
package id.nttmart.ordering;

import org.jspecify.annotations.NullMarked;
