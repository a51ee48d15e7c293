/**
 * Mail to buyers and staff, through an outbox: a mail is queued in the caller's transaction and delivered after it
 * commits (Spring Mail when {@code spring.mail.host} is set; in the embedded default, kept and shown to
 * administrators instead of sent), so no mail is lost and none goes out for a change that rolled back.
 */
@NullMarked
package id.nttmart.mail;

import org.jspecify.annotations.NullMarked;
