/**
 * The back office's front door and the administrators' views: accounts and their roles, outlets, and the audit of
 * every back-office change. The rules live in the owning modules' services ({@code security}, {@code region},
 * {@code audit}); these views only call them.
 */
@NullMarked
package id.nttmart.administration;

import org.jspecify.annotations.NullMarked;
