package id.nttmart.account;

/**
 * Why the shop refused what a person entered; the pages show {@code account.problem.<NAME>} in the person's
 * language next to the field it concerns.
 */
public enum Problem {
    NAME_MISSING,
    EMAIL_INVALID,
    PHONE_INVALID,
    PASSWORD_TOO_SHORT,
    PASSWORD_TOO_LONG,
    PASSWORD_SAME_AS_EMAIL,
    /** Said without confirming more than the form must: registering this address is not possible. */
    EMAIL_TAKEN
}
