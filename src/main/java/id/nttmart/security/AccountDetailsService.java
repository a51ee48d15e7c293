package id.nttmart.security;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts and their roles from PostgreSQL for Spring Security. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final LoginThrottle throttle;

    AccountDetailsService(JdbcClient jdbc, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        var account = jdbc.sql("select id, username, password_hash, enabled from app_user where username = :name")
                .param("name", name)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("username"),
                    rs.getString("password_hash"), rs.getBoolean("enabled")})
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No account " + name));
        List<SimpleGrantedAuthority> roles = jdbc.sql("select role from app_user_role where user_id = :id")
                .param("id", account[0])
                .query((rs, n) -> new SimpleGrantedAuthority("ROLE_" + rs.getString("role")))
                .list();
        return User.withUsername((String) account[1])
                .password((String) account[2])
                .disabled(!(Boolean) account[3])
                .accountLocked(throttle.isLocked(name))
                .authorities(roles)
                .build();
    }
}
