package id.nttmart.storefront;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import id.nttmart.ordering.Cart;
import id.nttmart.ordering.Carts;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which cart this visitor has: an anonymous one named by the {@code nttmart_cart} cookie (random, HttpOnly, 30 days,
 * made on the first add), or, once signed in, the account's (the anonymous cart's lines move into it).
 */
@Component
class CartSession {

    static final String COOKIE = "nttmart_cart";
    private static final String ATTRIBUTE = CartSession.class.getName();
    private static final int MAX_AGE = (int) Duration.ofDays(30).toSeconds();

    private final Carts carts;
    private final Customer customer;

    CartSession(Carts carts, Customer customer) {
        this.carts = carts;
        this.customer = customer;
    }

    /** The visitor's cart as it stands now (empty when they have none yet). */
    Cart cart(Locale locale) {
        return existing().map(id -> carts.contents(id, locale)).orElseGet(() -> new Cart(new UUID(0, 0), List.of()));
    }

    /** The cart's id, if the visitor has one; a signed-in visitor always has the account's. */
    Optional<UUID> existing() {
        OptionalLong user = customer.id();
        var session = VaadinSession.getCurrent();
        if (user.isPresent() && session != null && session.getAttribute(ATTRIBUTE) instanceof Remembered r
                && r.userId() != null && r.userId() == user.getAsLong()) {
            return Optional.of(r.cartId());
        }
        UUID anonymous = remembered().orElse(null);
        if (user.isPresent()) {
            UUID mine = carts.ofAccount(user.getAsLong(), anonymous);
            if (anonymous != null && !anonymous.equals(mine)) {
                setCookie("", 0);
            }
            remember(new Remembered(user.getAsLong(), mine));
            return Optional.of(mine);
        }
        return Optional.ofNullable(anonymous);
    }

    /** What this Vaadin session knows already, so a signed-in visitor's cart is looked up once. */
    private record Remembered(@Nullable Long userId, UUID cartId) {}

    /** The cart's id, made (and its cookie set) when the visitor has none. */
    UUID getOrCreate() {
        return existing().orElseGet(() -> {
            UUID id = UUID.randomUUID();
            remember(new Remembered(null, id));
            setCookie(id.toString(), MAX_AGE);
            return id;
        });
    }

    Carts carts() {
        return carts;
    }

    private Optional<UUID> remembered() {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof Remembered r && r.userId() == null) {
            return Optional.of(r.cartId());
        }
        var request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(c -> parse(c.getValue()))
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<UUID> parse(@Nullable String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static void remember(Remembered remembered) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, remembered);
        }
    }

    private static void setCookie(String value, int maxAge) {
        var response = VaadinResponse.getCurrent();
        if (response == null) {
            return;
        }
        var cookie = new Cookie(COOKIE, value);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        var request = VaadinRequest.getCurrent();
        cookie.setSecure(request != null && request.isSecure());
        response.addCookie(cookie);
    }
}
