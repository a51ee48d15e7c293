package id.nttmart.mail.outbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail as the outbox holds it, for the administrators' view. */
record StoredMail(long id, String to, String subject, String text, @Nullable String html, String kind,
        @Nullable String reference, MailStatus status, int attempts, Instant createdAt, @Nullable Instant sentAt,
        @Nullable String lastError) {}
