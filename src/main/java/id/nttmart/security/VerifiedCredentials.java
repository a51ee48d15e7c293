package id.nttmart.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in with a username and password (the form and the API's HTTP Basic alike), checking a password against its
 * bcrypt hash only when this node has not verified that exact pair lately. An API client sends its password with
 * every request, and bcrypt costs tens of milliseconds of CPU by design: in the first-of-the-month rush it was the
 * nodes' bottleneck. So a verified pair is remembered for a few minutes, as a keyed hash (HMAC with a key made at
 * start and never stored: the memory holds no password and nothing that can be checked offline), together with the
 * account's {@code access_version}. A remembered pair is still checked against PostgreSQL on every use, in one
 * indexed read: a disabled, locked or changed account (new password, new roles: the version moves) is refused at
 * once, exactly as without the cache. A wrong password is never remembered and always goes to bcrypt (and to the
 * login throttle).
 */
@Component
class VerifiedCredentials implements AuthenticationProvider {

    private static final Duration REMEMBERED = Duration.ofMinutes(5);

    private final DaoAuthenticationProvider passwords;
    private final JdbcClient jdbc;
    private final SecretKeySpec key;
    private final Cache<String, Verified> verified = Caffeine.newBuilder().expireAfterWrite(REMEMBERED)
            .maximumSize(100_000).build();
    private final Counter passwordChecks;

    VerifiedCredentials(AccountDetailsService accounts, PasswordEncoder encoder, JdbcClient jdbc,
            MeterRegistry registry) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.jdbc = jdbc;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.passwordChecks = Counter.builder("nttmart.security.password.checks")
                .description("Passwords checked against their bcrypt hash (each costs tens of ms of CPU)")
                .register(registry);
    }

    private record Verified(UserDetails account, long accessVersion) {}

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName().strip().toLowerCase(Locale.ROOT);
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        String pair = keyedHash(username, password);
        var remembered = verified.getIfPresent(pair);
        if (remembered != null) {
            if (currentVersion(username).filter(v -> v == remembered.accessVersion()).isPresent()) {
                return authenticated(request, remembered.account());
            }
            verified.invalidate(pair);
        }
        long versionBefore = currentVersion(username).orElse(-1L);
        passwordChecks.increment();
        Authentication result = passwords.authenticate(request);
        if (result.getPrincipal() instanceof UserDetails account && versionBefore >= 0) {
            verified.put(pair, new Verified(account, versionBefore));
        }
        return result;
    }

    /** The account's version while it is enabled and not locked by the login throttle; empty otherwise. */
    private Optional<Long> currentVersion(String username) {
        return jdbc.sql("""
                        select u.access_version from app_user u
                        left join login_throttle t on t.username = u.username
                        where u.username = :name and u.enabled and not coalesce(t.locked_until > now(), false)""")
                .param("name", username).query(Long.class).optional();
    }

    private static Authentication authenticated(Authentication request, UserDetails account) {
        Collection<? extends GrantedAuthority> roles = account.getAuthorities();
        var token = UsernamePasswordAuthenticationToken.authenticated(account, null, roles);
        token.setDetails(request.getDetails());
        return token;
    }

    private String keyedHash(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return java.util.HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
