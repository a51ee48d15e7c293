package id.nttmart.payment.stripe;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Stripe (or another Stripe-compatible service) when a secret key is configured, otherwise the built-in sandbox. */
public final class PaymentMode {

    public static final String SECRET_KEY = "nttmart.payment.secret-key";

    private PaymentMode() {}

    public static final class OnGateway implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(SECRET_KEY));
        }
    }

    public static final class OnSandbox implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty(SECRET_KEY));
        }
    }
}
