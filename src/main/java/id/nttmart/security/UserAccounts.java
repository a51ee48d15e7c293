package id.nttmart.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and changes their passwords, hashing with the shop's {@link PasswordEncoder}; the only way other
 * modules write to {@code app_user}. Usernames are stored lower-cased, as {@link AccountDetailsService} looks them up.
 */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** Creates an enabled account with one role; throws {@link UsernameTakenException} if the name is in use. */
    @Transactional
    public UserAccount create(String username, String displayName, @Nullable String email, @Nullable String phone,
            String rawPassword, Role role) {
        String name = normalise(username);
        long id;
        try {
            id = jdbc.sql("""
                            insert into app_user (username, password_hash, display_name, email, phone)
                            values (:u, :p, :d, :e, :phone) returning id""")
                    .param("u", name)
                    .param("p", passwords.encode(rawPassword))
                    .param("d", displayName.strip())
                    .param("e", email)
                    .param("phone", phone)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(name);
        }
        jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)")
                .param("id", id)
                .param("role", role.name())
                .update();
        return new UserAccount(id, name, displayName.strip(), email, phone, true);
    }

    @Transactional
    public void changePassword(long userId, String rawPassword) {
        // A new password ends the account's open sessions elsewhere (AccessRevocationFilter).
        jdbc.sql("update app_user set password_hash = :p, access_version = access_version + 1 where id = :id")
                .param("p", passwords.encode(rawPassword))
                .param("id", userId)
                .update();
    }

    public Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("select * from app_user where username = :u").param("u", normalise(username))
                .query(UserAccounts::row).optional();
    }

    public Optional<UserAccount> byId(long id) {
        return jdbc.sql("select * from app_user where id = :id").param("id", id).query(UserAccounts::row).optional();
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static UserAccount row(ResultSet rs, int n) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("phone"), rs.getBoolean("enabled"));
    }
}
