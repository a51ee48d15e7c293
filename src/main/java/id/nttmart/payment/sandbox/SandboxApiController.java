package id.nttmart.payment.sandbox;

import id.nttmart.payment.stripe.PaymentMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The part of Stripe's API the shop uses, with Stripe's requests (form-encoded, {@code Authorization: Bearer} key,
 * checked by {@link SandboxConfiguration}) and answers: Checkout Sessions (create, retrieve, expire) and refunds.
 */
@RestController
@RequestMapping("/sandbox/stripe/v1")
@Conditional(PaymentMode.OnSandbox.class)
class SandboxApiController {

    /** Stripe's limits for {@code expires_at}, with a little slack for clocks and transit. */
    private static final Duration SHORTEST_PAGE = Duration.ofMinutes(29);
    private static final Duration LONGEST_PAGE = Duration.ofHours(24).plusMinutes(1);
    private static final Set<String> CURRENCIES = Set.of("idr");

    private final SandboxSessions sessions;
    private final SandboxIdempotency idempotency;
    private final SandboxWebhooks webhooks;
    private final SandboxAddress address;

    SandboxApiController(SandboxSessions sessions, SandboxIdempotency idempotency, SandboxWebhooks webhooks,
            SandboxAddress address) {
        this.sessions = sessions;
        this.idempotency = idempotency;
        this.webhooks = webhooks;
        this.address = address;
    }

    @PostMapping("/checkout/sessions")
    ResponseEntity<String> createSession(@RequestParam MultiValueMap<String, String> fields,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var form = new SandboxForm(fields);
        return answer(() -> idempotency.run(key, form.fingerprint("POST", "/v1/checkout/sessions"), () -> {
            var session = sessions.create(newSession(form));
            return SandboxIdempotency.Answer.ok(json(session), java.util.List.of());
        }));
    }

    @GetMapping("/checkout/sessions/{id}")
    ResponseEntity<String> session(@PathVariable String id) {
        return answer(() -> SandboxIdempotency.Answer.ok(json(sessions.find(id).orElseThrow(() -> missing(id))),
                java.util.List.of()));
    }

    @PostMapping("/checkout/sessions/{id}/expire")
    ResponseEntity<String> expire(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var form = new SandboxForm(fields);
        return answer(() -> idempotency.run(key, form.fingerprint("POST", "/v1/checkout/sessions/" + id + "/expire"),
                () -> {
                    var changed = sessions.expire(id, false).orElseThrow(() -> {
                        var session = sessions.find(id).orElseThrow(() -> missing(id));
                        return SandboxApiException.invalid(null, "This Checkout Session is already "
                                + session.status() + ". Only Checkout Sessions with a status in [\"open\"] can be"
                                + " expired.", null);
                    });
                    return SandboxIdempotency.Answer.ok(json(changed.session()), changed.events());
                }));
    }

    @PostMapping("/refunds")
    ResponseEntity<String> refund(@RequestParam MultiValueMap<String, String> fields,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var form = new SandboxForm(fields);
        return answer(() -> idempotency.run(key, form.fingerprint("POST", "/v1/refunds"), () -> {
            String payment = form.text("payment_intent") != null ? form.required("payment_intent")
                    : form.required("charge");
            var session = sessions.lockPaid(payment).orElseThrow(() -> SandboxApiException.invalid(
                    "resource_missing", "No such payment_intent: '" + payment + "'", "payment_intent"));
            long left = session.amountTotal() - sessions.refunded(session);
            Long requested = form.integer("amount");
            long amount = requested == null ? left : requested;
            if (left <= 0) {
                throw SandboxApiException.invalid("charge_already_refunded",
                        "Charge " + session.charge() + " has already been refunded.", null);
            }
            if (amount < 1) {
                throw SandboxApiException.invalid("parameter_invalid_integer", "Invalid amount: must be at least 1",
                        "amount");
            }
            if (amount > left) {
                throw SandboxApiException.invalid("amount_too_large", "Refund amount (" + amount
                        + ") is greater than unrefunded amount on charge (" + left + ")", "amount");
            }
            var refund = sessions.refund(session, amount, form.hash("metadata"));
            return SandboxIdempotency.Answer.ok(SandboxJson.JSON.writeValueAsString(SandboxJson.refund(refund.id(),
                    session, amount, refund.metadata(), refund.createdAt())), refund.events());
        }));
    }

    private SandboxSessions.NewSession newSession(SandboxForm form) {
        String mode = form.required("mode");
        if (!"payment".equals(mode)) {
            throw SandboxApiException.invalid("parameter_invalid", "The sandbox supports only mode=payment.", "mode");
        }
        String currency = form.text("currency");
        var items = new ArrayList<SandboxSessions.LineItem>();
        for (int i = 0; form.has("line_items[" + i + "]"); i++) {
            String item = "line_items[" + i + "]";
            if (form.text(item + "[price]") != null) {
                throw SandboxApiException.invalid("parameter_invalid", "The sandbox supports only price_data.",
                        item + "[price]");
            }
            String itemCurrency = form.required(item + "[price_data][currency]").toLowerCase(Locale.ROOT);
            if (currency == null) {
                currency = itemCurrency;
            }
            if (!itemCurrency.equals(currency.toLowerCase(Locale.ROOT))) {
                throw SandboxApiException.invalid("parameter_invalid", "All line items must use one currency.",
                        item + "[price_data][currency]");
            }
            items.add(new SandboxSessions.LineItem(form.required(item + "[price_data][product_data][name]"),
                    form.positive(item + "[price_data][unit_amount]"), form.positive(item + "[quantity]")));
        }
        if (items.isEmpty()) {
            throw SandboxApiException.invalid("parameter_missing", "Missing required param: line_items.",
                    "line_items");
        }
        currency = currency == null ? "idr" : currency.toLowerCase(Locale.ROOT);
        if (!CURRENCIES.contains(currency)) {
            throw SandboxApiException.invalid("parameter_invalid", "The sandbox supports only currency idr.",
                    "currency");
        }
        Instant now = Instant.now();
        Long expiresAt = form.integer("expires_at");
        Instant expires = expiresAt == null ? now.plus(Duration.ofHours(24)) : Instant.ofEpochSecond(expiresAt);
        if (expires.isBefore(now.plus(SHORTEST_PAGE)) || expires.isAfter(now.plus(LONGEST_PAGE))) {
            throw SandboxApiException.invalid("parameter_invalid", "The `expires_at` timestamp must be between 30"
                    + " minutes and 24 hours from Checkout Session creation.", "expires_at");
        }
        return new SandboxSessions.NewSession(items, currency, form.text("client_reference_id"),
                form.text("customer_email"), form.text("locale"), form.hash("metadata"),
                form.hash("payment_intent_data[metadata]"), url(form, "success_url"),
                form.text("cancel_url") == null ? null : url(form, "cancel_url"), expires);
    }

    /** An http(s) address, or a root-relative one on the shop (lenient: the page is served by the shop itself). */
    private static String url(SandboxForm form, String key) {
        String url = form.required(key);
        boolean relative = url.startsWith("/") && !url.startsWith("//");
        if (!relative && !url.startsWith("https://") && !url.startsWith("http://")) {
            throw SandboxApiException.invalid("url_invalid", "Not a valid URL", key);
        }
        return url;
    }

    private String json(SandboxSessions.Session session) {
        return SandboxJson.JSON.writeValueAsString(SandboxJson.session(session, address.pageUrl(session.id())));
    }

    private static SandboxApiException missing(String id) {
        return new SandboxApiException(404, "invalid_request_error", "resource_missing",
                "No such checkout.session: '" + id + "'", "id");
    }

    private ResponseEntity<String> answer(Supplier<SandboxIdempotency.Answer> call) {
        var response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("Request-Id", SandboxIds.request());
        try {
            var answer = call.get();
            webhooks.deliverSoon(answer.events());
            if (answer.replayed()) {
                response.header("Idempotent-Replayed", "true");
            }
            return response.body(answer.body());
        } catch (SandboxApiException e) {
            return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_JSON)
                    .header("Request-Id", SandboxIds.request()).body(e.body());
        }
    }
}
