package id.nttmart.payment.sandbox;

import com.stripe.StripeClient;
import id.nttmart.payment.stripe.PaymentMode;
import id.nttmart.payment.stripe.PaymentProperties;
import id.nttmart.payment.stripe.StripeGateway;
import id.nttmart.payment.stripe.WebhookSecret;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Without {@code nttmart.payment.secret-key}: the shop's {@link StripeGateway} talks to the sandbox on its own port
 * with the key {@value #SECRET_KEY}; webhooks are signed with {@code nttmart.payment.webhook-secret} or, unset, a
 * secret generated once and kept in the database (shared by all instances).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(PaymentMode.OnSandbox.class)
class SandboxConfiguration {

    static final String SECRET_KEY = "sk_test_sandbox";

    private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

    @Bean
    StripeGateway stripeGateway(SandboxAddress address, PaymentProperties properties) {
        var client = new Object() {
            private volatile @Nullable StripeClient value;

            synchronized StripeClient get() {
                if (value == null) {
                    value = StripeGateway.client(address.apiBase(), SECRET_KEY, properties.connectTimeout(),
                            properties.readTimeout(), properties.maxNetworkRetries());
                    log.warn("Payments run in the SANDBOX at {}: no real money moves. Set NTTMART_PAYMENT_SECRET_KEY"
                            + " and NTTMART_PAYMENT_WEBHOOK_SECRET for a real gateway.", address.apiBase());
                }
                return value;
            }
        };
        return new StripeGateway(client::get, Clock.systemUTC());
    }

    @Bean
    WebhookSecret webhookSecret(PaymentProperties properties, JdbcClient jdbc) {
        String configured = properties.webhookSecret();
        if (StringUtils.hasText(configured)) {
            return new WebhookSecret(() -> configured);
        }
        return new WebhookSecret(() -> {
            jdbc.sql("insert into sandbox_setting (name, value) values ('webhook_secret', :secret)"
                    + " on conflict (name) do nothing").param("secret", SandboxIds.webhookSecret()).update();
            return jdbc.sql("select value from sandbox_setting where name = 'webhook_secret'")
                    .query(String.class).single();
        });
    }

    /**
     * The sandbox's own requests: the API needs the secret key as a Bearer token (Stripe's 401 otherwise), the page
     * is open (its address is its secret). Stateless, no Spring CSRF token.
     */
    @Bean
    @Order(0)
    SecurityFilterChain sandboxSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/sandbox/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .addFilterBefore(new SecretKeyFilter(), AuthorizationFilter.class)
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    private static final class SecretKeyFilter extends OncePerRequestFilter {

        private static final byte[] EXPECTED = ("Bearer " + SECRET_KEY).getBytes(StandardCharsets.UTF_8);

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith(request.getContextPath() + "/sandbox/stripe/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && MessageDigest.isEqual(EXPECTED, header.getBytes(StandardCharsets.UTF_8))) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(401);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(SandboxJson.error("invalid_request_error", null, header == null
                    ? "You did not provide an API key. Provide it as a Bearer token in the Authorization header."
                    : "Invalid API Key provided.", null));
        }
    }
}
