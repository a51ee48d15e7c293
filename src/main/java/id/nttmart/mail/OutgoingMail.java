package id.nttmart.mail;

import org.jspecify.annotations.Nullable;

/**
 * One mail: plain text always (every client reads it), HTML optionally. {@code kind} names what it is about
 * ({@code order-confirmed}, {@code password-reset}, ...) for the administrators' list and for tests; {@code reference}
 * ties it to an order number or account, when there is one.
 */
public record OutgoingMail(String to, String subject, String text, @Nullable String html, String kind,
        @Nullable String reference) {

    public OutgoingMail {
        if (to.isBlank() || subject.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("A mail needs an address, a subject and a text");
        }
    }
}
