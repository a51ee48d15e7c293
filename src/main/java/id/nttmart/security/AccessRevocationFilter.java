package id.nttmart.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session when an administrator has since changed the account (roles, outlets, regencies,
 * password, disabled): the session remembers the account's {@code access_version} from its first request and is
 * invalidated when the database holds another, on any app instance. Versions are read at most every two seconds
 * per account.
 */
class AccessRevocationFilter extends OncePerRequestFilter {

    static final String SESSION_VERSION = AccessRevocationFilter.class.getName() + ".version";
    private static final long CACHE_NANOS = 2_000_000_000L;

    private final JdbcClient jdbc;
    private final SecurityContextHolderStrategy contexts;
    private final Map<String, long[]> versions = new ConcurrentHashMap<>();

    AccessRevocationFilter(JdbcClient jdbc, SecurityContextHolderStrategy contexts) {
        this.jdbc = jdbc;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && session != null) {
            long current = version(auth.getName());
            Object seen = session.getAttribute(SESSION_VERSION);
            if (seen == null) {
                session.setAttribute(SESSION_VERSION, current);
            } else if ((Long) seen != current) {
                session.invalidate();
                contexts.clearContext();
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The account's version; -1 once it is disabled or gone, so every session of it ends. */
    private long version(String username) {
        long now = System.nanoTime();
        long[] cached = versions.get(username);
        if (cached != null && now - cached[1] < CACHE_NANOS) {
            return cached[0];
        }
        long version = jdbc.sql("select case when enabled then access_version else -1 end from app_user"
                        + " where username = :u")
                .param("u", username)
                .query(Long.class)
                .optional()
                .orElse(-1L);
        versions.put(username, new long[] {version, now});
        return version;
    }
}
