package id.nttmart.security;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Refuses a username for a while after repeated failed sign-ins (password guessing), on the form and the API alike.
 * Counted in PostgreSQL, so every app instance sees the same count; a successful sign-in clears it.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration window;
    private final Duration lock;

    LoginThrottle(JdbcClient jdbc, @Value("${nttmart.security.login.max-failures:5}") int maxFailures,
            @Value("${nttmart.security.login.window:15m}") Duration window,
            @Value("${nttmart.security.login.lock:15m}") Duration lock) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lock = lock;
    }

    /** True while the username is refused, whatever password comes with it. */
    public boolean isLocked(String username) {
        return jdbc.sql("select locked_until > now() from login_throttle where username = :u")
                .param("u", key(username))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        failed(failure.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        jdbc.sql("delete from login_throttle where username = :u").param("u", key(success.getAuthentication().getName()))
                .update();
    }

    /** One more failure: a new window when the last one is over, and a lock when the window holds too many. */
    void failed(String username) {
        jdbc.sql("""
                        insert into login_throttle as t (username, failures, window_start) values (:u, 1, now())
                        on conflict (username) do update set
                            failures = case when t.window_start < now() - cast(:window as interval) then 1
                                            else t.failures + 1 end,
                            window_start = case when t.window_start < now() - cast(:window as interval) then now()
                                                else t.window_start end,
                            locked_until = case
                                when t.window_start >= now() - cast(:window as interval)
                                     and t.failures + 1 >= :max then now() + cast(:lock as interval)
                                else t.locked_until end""")
                .param("u", key(username))
                .param("window", window.toSeconds() + " seconds")
                .param("lock", lock.toSeconds() + " seconds")
                .param("max", maxFailures)
                .update();
    }

    /** Forgets old failures (guessed names included) once a day. */
    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Makassar")
    void forgetOld() {
        jdbc.sql("delete from login_throttle where window_start < now() - interval '1 day'"
                + " and (locked_until is null or locked_until < now())").update();
    }

    private static String key(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
