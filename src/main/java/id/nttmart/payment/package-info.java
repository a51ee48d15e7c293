/**
 * Payments through a Stripe-compatible gateway: hosted checkout pages, refunds, and verified webhooks turned into
 * {@link id.nttmart.payment.PaymentEvent}s. {@code payment.stripe} talks to the gateway with stripe-java;
 * {@code payment.sandbox} is the built-in Stripe-compatible gateway of the embedded default.
 */
@NullMarked
package id.nttmart.payment;

import org.jspecify.annotations.NullMarked;
