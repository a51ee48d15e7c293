package id.nttmart.account;

/** A password reset link that is unknown, already used or expired. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException() {
        super("The password reset link is not valid");
    }
}
