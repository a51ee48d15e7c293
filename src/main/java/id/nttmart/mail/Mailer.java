package id.nttmart.mail;

/** Queues mail; joins the caller's transaction, so the mail exists exactly when the change it tells of does. */
public interface Mailer {

    void queue(OutgoingMail mail);
}
