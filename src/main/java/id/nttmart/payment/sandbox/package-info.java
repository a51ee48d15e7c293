/**
 * The built-in Stripe-compatible gateway of the embedded default (active without {@code nttmart.payment.secret-key}):
 * a stand-in for Stripe's API under {@code /sandbox/stripe/v1}, a hosted payment page under {@code /sandbox/pay},
 * signed webhooks back to the shop, all state in PostgreSQL. The shop talks to it through the very same
 * {@link id.nttmart.payment.stripe.StripeGateway}. No real money moves.
 */
@NullMarked
package id.nttmart.payment.sandbox;

import org.jspecify.annotations.NullMarked;
