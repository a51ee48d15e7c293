package id.nttmart.payment.stripe;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway connection ({@code nttmart.payment.*}, or {@code NTTMART_PAYMENT_*} in the environment). Without a
 * secret key the built-in sandbox gateway serves the payments; secrets come from the environment, never the repository.
 *
 * @param apiBase where the Stripe-compatible API lives
 * @param secretKey the API's secret key ({@code sk_live_...}, {@code sk_test_...})
 * @param webhookSecret the signing secret of the webhook endpoint ({@code whsec_...})
 * @param connectTimeout time to open a connection to the API
 * @param readTimeout time to wait for an answer
 * @param maxNetworkRetries stripe-java's own retries (same idempotency key) after a network error, 409 or 5xx
 */
@ConfigurationProperties("nttmart.payment")
public record PaymentProperties(
        @DefaultValue("https://api.stripe.com") String apiBase,
        @Nullable String secretKey,
        @Nullable String webhookSecret,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("2") int maxNetworkRetries) {}
