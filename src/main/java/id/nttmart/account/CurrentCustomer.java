package id.nttmart.account;

import id.nttmart.security.UserAccount;
import id.nttmart.security.UserAccounts;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in on this request (any role; the checkout decides what a staff account may do), read from Spring
 * Security's context, with the account's current name, email and phone.
 */
@Component
public class CurrentCustomer {

    private final UserAccounts accounts;

    CurrentCustomer(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Optional<CustomerProfile> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.byUsername(authentication.getName()).filter(UserAccount::enabled)
                .map(CurrentCustomer::profile);
    }

    static CustomerProfile profile(UserAccount account) {
        return new CustomerProfile(account.id(), account.username(), account.displayName(), account.email(),
                account.phone());
    }
}
