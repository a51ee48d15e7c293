package id.nttmart.payment.sandbox;

import id.nttmart.payment.stripe.PaymentMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hosted payment page: order lines, total and a card form, in the session's language. Paying marks the session
 * paid and delivers the signed {@code checkout.session.completed} webhook before the buyer is sent to the success
 * URL; a declined card stays on the page (and announces {@code payment_intent.payment_failed}). The session id in
 * the address is the page's secret, so the form needs no other CSRF token.
 */
@Controller
@Conditional(PaymentMode.OnSandbox.class)
class SandboxPaymentPage {

    private static final ZoneId NTT_TIME = ZoneId.of("Asia/Makassar");
    private static final Map<SandboxCards.Outcome, String> MESSAGES = Map.of(
            SandboxCards.Outcome.GENERIC_DECLINE, "Your card was declined.",
            SandboxCards.Outcome.INSUFFICIENT_FUNDS, "Your card has insufficient funds.");

    private final SandboxSessions sessions;
    private final SandboxWebhooks webhooks;
    private final TransactionTemplate transaction;

    SandboxPaymentPage(SandboxSessions sessions, SandboxWebhooks webhooks, TransactionTemplate transaction) {
        this.sessions = sessions;
        this.webhooks = webhooks;
        this.transaction = transaction;
    }

    @GetMapping("/sandbox/pay/{id}")
    ResponseEntity<String> show(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, defaultValue = "") String acceptLanguage) {
        return current(id).map(session -> page(session, acceptLanguage, null))
                .orElseGet(() -> notFound(acceptLanguage));
    }

    @PostMapping(path = "/sandbox/pay/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> pay(@PathVariable String id,
            @RequestParam(name = "card_number", defaultValue = "") String cardNumber,
            @RequestParam(defaultValue = "") String expiry, @RequestParam(defaultValue = "") String cvc,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, defaultValue = "") String acceptLanguage) {
        var found = current(id);
        if (found.isEmpty()) {
            return notFound(acceptLanguage);
        }
        var session = found.get();
        if (!session.open()) {
            return page(session, acceptLanguage, null);
        }
        var outcome = SandboxCards.check(cardNumber, expiry, cvc, YearMonth.now(NTT_TIME));
        if (outcome == SandboxCards.Outcome.PAID) {
            var paid = change(() -> sessions.pay(id));
            if (paid.isEmpty()) {
                return current(id).map(now -> page(now, acceptLanguage, null))
                        .orElseGet(() -> notFound(acceptLanguage));
            }
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.LOCATION, successUrl(paid.get()))
                    .cacheControl(CacheControl.noStore()).build();
        }
        if (outcome.declined()) {
            var declined = change(() -> sessions.decline(id, outcome.declineCode, MESSAGES.get(outcome)));
            if (declined.isEmpty()) {
                return current(id).map(now -> page(now, acceptLanguage, null))
                        .orElseGet(() -> notFound(acceptLanguage));
            }
            session = declined.get();
        }
        return page(session, acceptLanguage, outcome.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The session as it stands, expiring it first (with its webhook) when its time has run out. */
    private Optional<SandboxSessions.Session> current(String id) {
        var session = sessions.find(id);
        if (session.isPresent() && session.get().open() && !session.get().expiresAt().isAfter(Instant.now())) {
            return change(() -> sessions.expire(id, true)).or(() -> sessions.find(id));
        }
        return session;
    }

    /** Commits a change, then delivers its webhooks while the buyer waits. */
    private Optional<SandboxSessions.Session> change(Supplier<Optional<SandboxSessions.Changed>> action) {
        var changed = transaction.execute(status -> action.get());
        if (changed == null || changed.isEmpty()) {
            return Optional.empty();
        }
        webhooks.deliverNow(changed.get().events());
        return Optional.of(changed.get().session());
    }

    private ResponseEntity<String> page(SandboxSessions.Session session, String acceptLanguage,
            @Nullable String error) {
        var texts = SandboxPageTexts.of(session.locale() == null ? "auto" : session.locale(), acceptLanguage);
        var status = session.open() ? HttpStatus.OK : session.paid() ? HttpStatus.OK : HttpStatus.GONE;
        return html(status, SandboxPageHtml.render(session, texts, error, successUrl(session)));
    }

    private ResponseEntity<String> notFound(String acceptLanguage) {
        var texts = SandboxPageTexts.of("auto", acceptLanguage);
        return html(HttpStatus.NOT_FOUND, SandboxPageHtml.message(texts, texts.get("not_found")));
    }

    private static String successUrl(SandboxSessions.Session session) {
        return session.successUrl().replace("{CHECKOUT_SESSION_ID}", session.id())
                .replace("%7BCHECKOUT_SESSION_ID%7D", session.id());
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML,
                java.nio.charset.StandardCharsets.UTF_8)).cacheControl(CacheControl.noStore()).body(body);
    }
}
