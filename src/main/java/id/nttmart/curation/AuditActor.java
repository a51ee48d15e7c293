package id.nttmart.curation;

import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user's name, as the review rows and collections record who decided. */
final class AuditActor {

    private AuditActor() {}

    static String current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }
}
