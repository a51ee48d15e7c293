package id.nttmart.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two filter chains: the JSON API (stateless; HTTP Basic; administrators only under {@code /api/v1/admin}) and
 * the Vaadin UI (form login through {@link LoginView}; storefront views are open to everyone).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Actuator: health for everyone (load balancers and orchestrators); Prometheus open on a management port of its
     * own (kept off the load balancer), otherwise for administrators only; nothing else.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, Environment environment) throws Exception {
        String managementPort = environment.getProperty("management.server.port", "");
        boolean ownPort = !managementPort.isBlank()
                && !managementPort.equals(environment.getProperty("server.port", "8080"));
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(a -> {
                    a.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll();
                    if (ownPort) {
                        a.requestMatchers(EndpointRequest.to("prometheus")).permitAll();
                    }
                    a.requestMatchers(EndpointRequest.to("prometheus")).hasRole(Role.ADMIN.name());
                    a.anyRequest().denyAll();
                })
                .httpBasic(Customizer.withDefaults())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                // The catalogue import: outlet staff submit for review, curators and administrators list at once.
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/admin/products/import")
                        .hasAnyRole(Role.OUTLET_STAFF.name(), Role.CURATOR.name(), Role.ADMIN.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        // Back office APIs; the services also check which outlets and regencies are the caller's.
                        .requestMatchers("/api/v1/staff/**").hasAnyRole(Role.OUTLET_STAFF.name(), Role.ADMIN.name())
                        .requestMatchers("/api/v1/curation/**").hasAnyRole(Role.CURATOR.name(), Role.ADMIN.name())
                        // The ASN programme: a signed-in buyer links their NIP; the services scope the rest.
                        .requestMatchers(HttpMethod.POST, "/api/v1/asn/me").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
                        // Guest checkout and the gateway's webhooks need no account; the services check the rest.
                        .requestMatchers(HttpMethod.POST, "/api/v1/orders", "/api/v1/orders/*/cancel",
                                "/api/v1/payments/webhook").permitAll()
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, JdbcClient jdbc,
            ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        http.addFilterAfter(new AccessRevocationFilter(jdbc,
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(a -> a.requestMatchers("/media/**", "/images/**",
                "/error", "/robots.txt", "/sitemap.xml", "/sitemap-*.xml", "/product/*", "/pesanan/*/bayar").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
