package id.nttmart.payment;

/**
 * The gateway refused or could not be reached. {@link #retryable()} says whether the same call (with the same
 * idempotency key) may succeed later: a time-out or a 5xx may, a refused request (4xx) will not.
 */
public class PaymentGatewayException extends RuntimeException {

    private final boolean retryable;

    public PaymentGatewayException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
