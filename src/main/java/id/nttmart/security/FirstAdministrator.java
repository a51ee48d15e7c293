package id.nttmart.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new shop on its own database has no account at all; its operator names the first administrator with
 * {@code NTTMART_ADMIN_USERNAME} and {@code NTTMART_ADMIN_PASSWORD}. The account is created only while the shop has
 * no administrator, so the variables can stay set (or be removed) afterwards and a later password change in the
 * back office is never overwritten. Several nodes starting at once create it once (an advisory lock).
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final String username;
    private final String password;

    FirstAdministrator(JdbcClient jdbc, PasswordEncoder passwords,
            @Value("${nttmart.admin.username:}") String username, @Value("${nttmart.admin.password:}") String password) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.username = username.strip().toLowerCase(java.util.Locale.ROOT);
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("NTTMART_ADMIN_PASSWORD must have at least 12 characters");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('nttmart.security.first-administrator'))").query().singleRow();
        boolean anyAdministrator = jdbc.sql("select exists (select 1 from app_user_role where role = 'ADMIN')")
                .query(Boolean.class).single();
        if (anyAdministrator) {
            return;
        }
        Long id = jdbc.sql("""
                        insert into app_user (username, password_hash, display_name) values (:u, :p, 'Administrator')
                        on conflict (username) do update set password_hash = excluded.password_hash,
                            enabled = true, access_version = app_user.access_version + 1
                        returning id""")
                .param("u", username).param("p", passwords.encode(password)).query(Long.class).single();
        jdbc.sql("insert into app_user_role (user_id, role) values (:id, 'ADMIN') on conflict do nothing")
                .param("id", id).update();
        log.info("Created the first administrator, {}; change the password in the back office", username);
    }
}
