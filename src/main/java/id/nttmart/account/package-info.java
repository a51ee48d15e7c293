/**
 * Customer accounts: registration (the email is the login), password reset by mailed link, saved delivery
 * addresses, and {@link id.nttmart.account.CurrentCustomer} for the checkout. Passwords and sign-in stay with the
 * security module.
 */
@NullMarked
package id.nttmart.account;

import org.jspecify.annotations.NullMarked;
