package id.nttmart.security;

/** An account with this username (for customers: this email address) exists already. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("The username " + username + " is taken");
    }
}
