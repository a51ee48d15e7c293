/** The back office's audit: every change by staff, curators and administrators, who made it, when, before/after. */
@NullMarked
package id.nttmart.audit;

import org.jspecify.annotations.NullMarked;
