package id.nttmart.payment.stripe;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import id.nttmart.payment.PaymentGatewayException;

/**
 * Refused (4xx: a card error, an invalid request, a bad key) is final; unreachable, timed out, busy (409, 429) or
 * broken (5xx) may succeed later with the same idempotency key. stripe-java has already retried by then.
 */
final class GatewayErrors {

    private GatewayErrors() {}

    static PaymentGatewayException translate(String action, StripeException e) {
        Integer status = e.getStatusCode();
        boolean retryable = e instanceof ApiConnectionException || status == null || status == 409 || status == 429
                || status >= 500;
        String detail = e.getStripeError() != null && e.getStripeError().getMessage() != null
                ? e.getStripeError().getMessage() : e.getMessage();
        return new PaymentGatewayException("The payment gateway could not " + action
                + (status == null ? "" : " (HTTP " + status + ")") + ": " + detail, retryable, e);
    }
}
