package id.nttmart.account;

import id.nttmart.mail.Mailer;
import id.nttmart.mail.OutgoingMail;
import id.nttmart.platform.PublicAddress;
import id.nttmart.security.UserAccount;
import id.nttmart.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by mailed link. The token is 32 random bytes (URL-safe Base64); only its SHA-256 hash is stored. A
 * token is good for {@link #VALIDITY} and once; setting a password spends every other token of the account too.
 * Whether an address has an account is never told: the page says the same either way.
 */
@Service
public class PasswordReset {

    public static final Duration VALIDITY = Duration.ofMinutes(60);
    public static final String MAIL_KIND = "password-reset";
    public static final String PATH = "atur-sandi";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Mailer mailer;
    private final PublicAddress publicAddress;

    PasswordReset(JdbcClient jdbc, UserAccounts accounts, Mailer mailer, PublicAddress publicAddress) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mailer = mailer;
        this.publicAddress = publicAddress;
    }

    /** Mails a link to the account with this address, if there is an enabled one; otherwise does nothing. */
    @Transactional
    public void requestLink(String email, Locale locale) {
        Optional<UserAccount> account = Credentials.email(email).flatMap(accounts::byUsername)
                .filter(UserAccount::enabled)
                .filter(a -> a.email() != null);
        if (account.isEmpty()) {
            return;
        }
        var user = account.get();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        insert into password_reset_token (token_hash, user_id, expires_at)
                        values (:hash, :user, now() + make_interval(secs => :seconds))""")
                .param("hash", hash(token))
                .param("user", user.id())
                .param("seconds", VALIDITY.toSeconds())
                .update();
        var texts = ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String link = publicAddress.base() + "/" + PATH + "?token=" + token;
        String text = new MessageFormat(texts.getString("account.mail.reset.text"), locale)
                .format(new Object[] {user.displayName(), link});
        mailer.queue(new OutgoingMail(user.email(), texts.getString("account.mail.reset.subject"), text, null,
                MAIL_KIND, user.username()));
    }

    /** Whether the token may still set a password (for the page to say so before a password is typed). */
    public boolean isUsable(String token) {
        return jdbc.sql("""
                        select count(*) from password_reset_token
                        where token_hash = :hash and used_at is null and expires_at > now()""")
                .param("hash", hash(token))
                .query(Long.class)
                .single() > 0;
    }

    /**
     * Sets the password of the token's account and spends all of its tokens. Throws {@link InvalidTokenException}
     * for a token that is unknown, used or expired, and {@link RejectedException} for a password that breaks the
     * rules (the token then stays usable).
     */
    @Transactional
    public void setPassword(String token, String newPassword) {
        long userId = jdbc.sql("""
                        select user_id from password_reset_token
                        where token_hash = :hash and used_at is null and expires_at > now() for update""")
                .param("hash", hash(token))
                .query(Long.class)
                .optional()
                .orElseThrow(InvalidTokenException::new);
        var account = accounts.byId(userId).filter(UserAccount::enabled).orElseThrow(InvalidTokenException::new);
        Credentials.passwordProblem(newPassword, account.email() != null ? account.email() : account.username())
                .ifPresent(p -> {
                    throw new RejectedException(EnumSet.of(p));
                });
        jdbc.sql("update password_reset_token set used_at = now() where user_id = :user and used_at is null")
                .param("user", userId)
                .update();
        accounts.changePassword(userId, newPassword);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
