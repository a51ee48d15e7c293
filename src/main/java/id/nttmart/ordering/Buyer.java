package id.nttmart.ordering;

/** Who pays and whom we tell: a guest needs no account, only a name, an email and a phone number. */
public record Buyer(String name, String email, String phone) {}
