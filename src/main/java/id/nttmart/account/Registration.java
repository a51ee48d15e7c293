package id.nttmart.account;

import id.nttmart.security.Role;
import id.nttmart.security.UserAccounts;
import id.nttmart.security.UsernameTakenException;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens customer accounts: the email address, lower-cased, is the login name. */
@Service
public class Registration {

    private final UserAccounts accounts;

    Registration(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Creates the account, or throws {@link RejectedException} with every problem found (nothing is stored). */
    @Transactional
    public CustomerProfile register(String name, String email, @Nullable String phone, String password) {
        var problems = EnumSet.noneOf(Problem.class);
        if (name.isBlank() || name.strip().length() > 100) {
            problems.add(Problem.NAME_MISSING);
        }
        String address = Credentials.email(email).orElse(null);
        if (address == null) {
            problems.add(Problem.EMAIL_INVALID);
        }
        String number = null;
        if (phone != null && !phone.isBlank()) {
            number = Credentials.phone(phone).orElse(null);
            if (number == null) {
                problems.add(Problem.PHONE_INVALID);
            }
        }
        Credentials.passwordProblem(password, address == null ? email : address).ifPresent(problems::add);
        if (!problems.isEmpty() || address == null) {
            throw new RejectedException(problems);
        }
        try {
            return CurrentCustomer.profile(accounts.create(address, name, address, number, password, Role.CUSTOMER));
        } catch (UsernameTakenException e) {
            throw new RejectedException(EnumSet.of(Problem.EMAIL_TAKEN));
        }
    }
}
