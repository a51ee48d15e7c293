/**
 * The gateway adapter: stripe-java against Stripe's API (or any Stripe-compatible one, such as the built-in
 * sandbox), and the webhook endpoint that verifies, records and publishes gateway events. Internal to the payment
 * module: other modules use {@link id.nttmart.payment.PaymentGateway} and {@link id.nttmart.payment.PaymentEvent}.
 */
@NullMarked
package id.nttmart.payment.stripe;

import org.jspecify.annotations.NullMarked;
