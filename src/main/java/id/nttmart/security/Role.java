package id.nttmart.security;

/** The shop's roles; Spring Security sees them as {@code ROLE_<name>}. */
public enum Role {
    CUSTOMER,
    OUTLET_STAFF,
    CURATOR,
    ADMIN
}
