package id.nttmart.ordering;

import id.nttmart.platform.PublicUrl;
import id.nttmart.security.Role;
import id.nttmart.security.UserAccount;
import id.nttmart.security.UserAccounts;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders for integrations (an outlet's till, a chat bot) and tests: the same checkout as the storefront's.
 * {@code POST /api/v1/orders} places one (201, 409 with the short lines, 400 with field errors),
 * {@code GET /api/v1/orders/{number}?token=} follows it, {@code POST .../cancel?token=} cancels it before packing.
 * A guest needs no account; a request signed in as a customer (HTTP Basic) places the order for that account, as the
 * storefront's checkout does for a signed-in buyer, so it shows in their orders and counts for a civil servant's month.
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

    /** Far more than any real order; a larger body is refused before it is parsed. */
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Checkout checkout;
    private final Orders orders;
    private final PublicUrl publicUrl;
    private final UserAccounts accounts;

    OrderController(Checkout checkout, Orders orders, PublicUrl publicUrl, UserAccounts accounts) {
        this.checkout = checkout;
        this.orders = orders;
        this.publicUrl = publicUrl;
        this.accounts = accounts;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> place(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return error(HttpStatus.CONTENT_TOO_LARGE, "too_large", "An order request is at most 64 KB");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException malformed) {
            return error(HttpStatus.BAD_REQUEST, "malformed", "The body is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            return error(HttpStatus.BAD_REQUEST, "malformed", "The body must be a JSON object");
        }
        String base = publicUrl.base(request);
        var order = OrderJson.read(json, language(json, request), base);
        Long customer = signedInCustomer();
        if (customer != null) {
            order = new PlaceOrder(order.lines(), order.delivery(), order.buyer(), order.ageConfirmed(),
                    order.locale(), customer, order.siteBase());
        }
        var result = checkout.place(order);
        return switch (result) {
            case PlaceResult.Placed placed -> ResponseEntity.status(HttpStatus.CREATED)
                    .header("Location", "/api/v1/orders/" + placed.order().number())
                    .body(OrderJson.placed(placed, base));
            case PlaceResult.Short shortLines -> ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of(
                    "error", "out_of_stock", "message", "Not enough stock for some lines; nothing was held",
                    "lines", shortLines.lines().stream().map(l -> Map.of("sku", l.sku(), "requested", l.requested(),
                            "available", l.available())).toList()));
            case PlaceResult.Invalid invalid -> ResponseEntity.badRequest().body(Map.of(
                    "error", "invalid", "message", "The order has mistakes; nothing was held",
                    "fields", invalid.errors().stream().map(e -> Map.of("field", e.field(), "message",
                            e.message())).toList()));
        };
    }

    /** The database, or this node's queue of stock holds, is too busy this moment: the buyer may simply try again. */
    @ExceptionHandler(TransientDataAccessException.class)
    ResponseEntity<Map<String, Object>> busy(TransientDataAccessException busy) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(Map.of(
                "error", "busy", "message", "The shop is very busy this moment; try again in a few seconds"));
    }

    @GetMapping("/{number}")
    ResponseEntity<Map<String, Object>> track(@PathVariable String number,
            @RequestParam(defaultValue = "") String token, HttpServletRequest request) {
        return orders.track(number, token)
                .map(order -> ResponseEntity.ok(OrderJson.tracking(order, publicUrl.base(request), number, token)))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "not_found", "No such order for this link"));
    }

    @PostMapping("/{number}/cancel")
    ResponseEntity<Map<String, Object>> cancel(@PathVariable String number,
            @RequestParam(defaultValue = "") String token, HttpServletRequest request) {
        return switch (orders.cancel(number, token)) {
            case Orders.CancelResult.Cancelled cancelled -> ResponseEntity.ok(
                    OrderJson.tracking(cancelled.order(), publicUrl.base(request), number, token));
            case Orders.CancelResult.NotCancellable refused -> ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of(
                    "error", "not_cancellable", "status", refused.order().status().name(),
                    "message", "This order can no longer be cancelled here: it is packed, sent or closed"));
            case Orders.CancelResult.NotFound missing -> error(HttpStatus.NOT_FOUND, "not_found",
                    "No such order for this link");
        };
    }

    /** The enabled customer account the request is signed in as (the storefront asks the same), else none. */
    private @Nullable Long signedInCustomer() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getAuthorities().stream()
                .noneMatch(a -> ("ROLE_" + Role.CUSTOMER.name()).equals(a.getAuthority()))) {
            return null;
        }
        return accounts.byUsername(authentication.getName()).filter(UserAccount::enabled).map(UserAccount::id)
                .orElse(null);
    }

    /** The buyer's language: {@code lang}, else the request's Accept-Language, else the shop's (Indonesian). */
    private static Locale language(JsonNode json, HttpServletRequest request) {
        String asked = request.getHeader("Accept-Language") == null ? "id" : request.getLocale().getLanguage();
        String lang = json.path("lang").asString(asked);
        return "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(Map.of("error", code, "message", message));
    }
}
