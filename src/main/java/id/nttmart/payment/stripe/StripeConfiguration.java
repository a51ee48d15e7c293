package id.nttmart.payment.stripe;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/** With {@code nttmart.payment.secret-key} set: the gateway at {@code nttmart.payment.api-base} (Stripe by default). */
@Configuration(proxyBeanMethods = false)
@Conditional(PaymentMode.OnGateway.class)
class StripeConfiguration {

    @Bean
    StripeGateway stripeGateway(PaymentProperties properties) {
        var client = StripeGateway.client(properties.apiBase(), properties.secretKey(), properties.connectTimeout(),
                properties.readTimeout(), properties.maxNetworkRetries());
        return new StripeGateway(() -> client, Clock.systemUTC());
    }

    @Bean
    WebhookSecret webhookSecret(PaymentProperties properties) {
        if (!StringUtils.hasText(properties.webhookSecret())) {
            throw new IllegalStateException("nttmart.payment.secret-key is set but nttmart.payment.webhook-secret is"
                    + " not: set NTTMART_PAYMENT_WEBHOOK_SECRET to the webhook endpoint's signing secret (whsec_...)");
        }
        String secret = properties.webhookSecret();
        return new WebhookSecret(() -> secret);
    }
}
