package id.nttmart.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points an application context at {@link TestServices}, with the demo catalogue and demo users. */
public class TestServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var services = TestServices.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-services", Map.of(
                "spring.datasource.url", services.jdbcUrl(),
                "spring.datasource.username", "postgres",
                "nttmart.elasticsearch.url", services.elasticsearchUrl(),
                "nttmart.demo.enabled", "true",
                // Tests sign their own gateway events (late, duplicate, forged) with this endpoint secret.
                "nttmart.payment.webhook-secret", GatewayEvents.SECRET,
                // The tests' shop has its own database, like production: the sandbox gateway is asked for by name.
                "nttmart.payment.sandbox.enabled", "true")));
    }
}
