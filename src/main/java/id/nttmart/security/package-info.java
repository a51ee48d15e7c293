/** Accounts, roles, sign-in and the security of the UI and the API. */
@NullMarked
package id.nttmart.security;

import org.jspecify.annotations.NullMarked;
