/**
 * The outlet staff console: the shipment queue of the staff member's outlets (new, picking, packed, with the
 * courier, ready for pickup, picked up, rejected), packing slips and the stock desk (receive, count, adjust, low
 * stock). Every read and change is scoped to the user's outlets ({@code security.BackOfficeAccess}) and audited.
 */
@NullMarked
package id.nttmart.staff;

import org.jspecify.annotations.NullMarked;
