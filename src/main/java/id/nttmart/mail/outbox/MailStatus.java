package id.nttmart.mail.outbox;

/** Where a mail stands: waiting (or retrying), delivered, kept for administrators instead of sent, given up on. */
enum MailStatus {
    QUEUED,
    SENT,
    KEPT,
    FAILED
}
