package id.nttmart.security;

import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Where the signed-in user may work: outlet staff at the outlets they are bound to, curators in their regencies'
 * Dekranasda (or the whole province when bound to none), administrators everywhere. Services call this before
 * reading or changing anything outlet- or regency-scoped, so hiding a view is never the only guard.
 */
@Service
public class BackOfficeAccess {

    private final JdbcClient jdbc;
    private final SecurityContextHolderStrategy contexts;

    /**
     * Reads the signed-in user through the application context's {@link SecurityContextHolderStrategy} (Vaadin
     * registers one), the same the filter chains write: the static holder may belong to another application
     * context in the same JVM (the tests start several), and would then look anonymous.
     */
    BackOfficeAccess(JdbcClient jdbc, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.jdbc = jdbc;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in user's name, or empty when nobody is signed in. */
    public String username() {
        Authentication auth = contexts.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "" : auth.getName();
    }

    /** Who is acting, for movements and the audit: the signed-in user's name, or "anonymous". */
    public String actor() {
        String name = username();
        return name.isEmpty() ? "anonymous" : name;
    }

    /** The outlets whose shipments and stock the current user may see and change. */
    public Scope outlets() {
        Authentication auth = signedIn();
        if (has(auth, Role.ADMIN)) {
            return Scope.EVERYWHERE;
        }
        if (!has(auth, Role.OUTLET_STAFF)) {
            return Scope.NOWHERE;
        }
        return new Scope(false, ids("""
                select o.outlet_id from app_user_outlet o join app_user u on u.id = o.user_id
                where u.username = :name and u.enabled""", auth.getName()));
    }

    /** The regencies whose products the current user may curate. */
    public Scope regencies() {
        Authentication auth = signedIn();
        if (has(auth, Role.ADMIN)) {
            return Scope.EVERYWHERE;
        }
        if (!has(auth, Role.CURATOR)) {
            return Scope.NOWHERE;
        }
        Set<Long> bound = ids("""
                select r.regency_id from app_user_regency r join app_user u on u.id = r.user_id
                where u.username = :name and u.enabled""", auth.getName());
        return bound.isEmpty() ? Scope.EVERYWHERE : new Scope(false, bound);
    }

    /** Throws {@link AccessDeniedException} unless the current user may work at the outlet. */
    public void requireOutlet(long outletId) {
        if (!outlets().includes(outletId)) {
            throw new AccessDeniedException("Not your outlet");
        }
    }

    /** Throws {@link AccessDeniedException} unless the current user may curate the regency's products. */
    public void requireRegency(long regencyId) {
        if (!regencies().includes(regencyId)) {
            throw new AccessDeniedException("Not your regency");
        }
    }

    /** Throws {@link AccessDeniedException} unless the current user is an administrator. */
    public void requireAdmin() {
        if (!has(signedIn(), Role.ADMIN)) {
            throw new AccessDeniedException("Administrators only");
        }
    }

    public boolean hasRole(Role role) {
        Authentication auth = contexts.getContext().getAuthentication();
        return auth != null && !(auth instanceof AnonymousAuthenticationToken) && has(auth, role);
    }

    private Authentication signedIn() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            throw new AccessDeniedException("Sign in first");
        }
        return auth;
    }

    private static boolean has(Authentication auth, Role role) {
        String wanted = "ROLE_" + role.name();
        return auth.getAuthorities().stream().anyMatch(a -> wanted.equals(a.getAuthority()));
    }

    private Set<Long> ids(String sql, String username) {
        return new HashSet<>(jdbc.sql(sql).param("name", username).query(Long.class).list());
    }

    /** A set of outlet or regency ids, or everywhere. */
    public record Scope(boolean everywhere, Set<Long> ids) {

        public static final Scope EVERYWHERE = new Scope(true, Set.of());
        public static final Scope NOWHERE = new Scope(false, Set.of());

        public Scope {
            ids = Set.copyOf(ids);
        }

        public boolean includes(long id) {
            return everywhere || ids.contains(id);
        }

        /** For SQL: null means every id, else the ids as an array (empty: none). */
        public Long @org.jspecify.annotations.Nullable [] asArrayOrNull() {
            return everywhere ? null : ids.toArray(Long[]::new);
        }
    }
}
