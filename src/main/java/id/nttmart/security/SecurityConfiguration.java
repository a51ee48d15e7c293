package id.nttmart.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two filter chains: the JSON API (stateless; HTTP Basic; administrators only under {@code /api/v1/admin}) and
 * the Vaadin UI (form login through {@link LoginView}; storefront views are open to everyone).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

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
        http.authorizeHttpRequests(a -> a.requestMatchers("/media/**", "/images/**", "/actuator/health/**",
                "/error", "/robots.txt", "/sitemap.xml", "/sitemap-*.xml", "/product/*", "/pesanan/*/bayar").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
