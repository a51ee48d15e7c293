package id.nttmart.security;

/** The shop's roles; Spring Security sees them as {@code ROLE_<name>}. */
public enum Role {
    CUSTOMER,
    OUTLET_STAFF,
    CURATOR,
    ADMIN,
    /** The head of an agency (OPD): sees their agency's civil servants in the ASN programme. */
    AGENCY_HEAD
}
