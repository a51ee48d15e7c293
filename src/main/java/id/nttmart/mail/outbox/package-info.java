/** The mail outbox behind {@link id.nttmart.mail.Mailer}: its table, the relay that delivers it, the administrators' view. */
@NullMarked
package id.nttmart.mail.outbox;

import org.jspecify.annotations.NullMarked;
