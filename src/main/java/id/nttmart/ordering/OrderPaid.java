package id.nttmart.ordering;

/** An order's payment was confirmed and its stock is the outlets' to pack; published inside that transaction. */
public record OrderPaid(String number, long totalIdr) {}
