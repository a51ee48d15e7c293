package id.nttmart.payment.sandbox;

import id.nttmart.payment.stripe.PaymentMode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Where the sandbox is reached: the API and the webhook on this instance's own port (known once the web server has
 * started), the payment page at the shop's public address ({@code nttmart.public-url}) or, without one, at a
 * root-relative address that the buyer's browser resolves against the shop it came from.
 */
@Component
@Conditional(PaymentMode.OnSandbox.class)
class SandboxAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final String publicUrl;
    private final String contextPath;
    private final String host;
    private volatile @Nullable String localBase;

    SandboxAddress(@Value("${nttmart.public-url:}") String publicUrl,
            @Value("${server.servlet.context-path:}") String contextPath,
            @Value("${server.address:127.0.0.1}") String host) {
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
        this.contextPath = contextPath.strip().replaceAll("/+$", "");
        this.host = host.contains(":") ? "[" + host + "]" : host;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            localBase = "http://" + ("0.0.0.0".equals(host) || "[::]".equals(host) ? "127.0.0.1" : host) + ":"
                    + event.getWebServer().getPort() + contextPath;
        }
    }

    String apiBase() {
        return localBase() + "/sandbox/stripe";
    }

    String webhookUrl() {
        return localBase() + "/api/v1/payments/webhook";
    }

    String pageUrl(String sessionId) {
        return (publicUrl.isEmpty() ? contextPath : publicUrl) + "/sandbox/pay/" + sessionId;
    }

    private String localBase() {
        String base = localBase;
        if (base == null) {
            throw new IllegalStateException("The payment sandbox is reachable once the web server has started");
        }
        return base;
    }
}
