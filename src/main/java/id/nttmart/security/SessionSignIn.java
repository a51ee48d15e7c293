package id.nttmart.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from within a Vaadin request, as the login form would: a fresh session id (against session
 * fixation) and the security context stored in the HTTP session. For just-registered customers, who have proved
 * their password a moment ago.
 */
@Component
public class SessionSignIn {

    private final AccountDetailsService accounts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionSignIn(AccountDetailsService accounts) {
        this.accounts = accounts;
    }

    public void signIn(String username) {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request == null || response == null) {
            throw new IllegalStateException("Signing in needs a Vaadin request");
        }
        var user = accounts.loadUserByUsername(username);
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        request.getHttpServletRequest().changeSessionId();
        repository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
    }
}
