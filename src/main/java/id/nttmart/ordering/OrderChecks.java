package id.nttmart.ordering;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import id.nttmart.region.Address;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks what a buyer sends and tidies it (trimmed, email in lower case, phone numbers in international form, the
 * same SKU twice becomes one line). Every problem is reported at once, by field, so a form can show them all.
 */
final class OrderChecks {

    static final int MAX_LINES = 50;
    static final int MAX_UNITS_PER_LINE = 99;

    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern POSTAL_CODE_ID = Pattern.compile("\\d{5}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,11}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final List<FieldError> errors = new ArrayList<>();

    /** The tidied order, or the problems found. */
    sealed interface Outcome {
        record Valid(PlaceOrder order) implements Outcome {}

        record Invalid(List<FieldError> errors) implements Outcome {}
    }

    static Outcome check(PlaceOrder order) {
        return new OrderChecks().run(order);
    }

    private Outcome run(PlaceOrder order) {
        List<PlaceOrder.Line> lines = lines(order.lines());
        Buyer buyer = new Buyer(text("buyer.name", order.buyer().name(), 1, 100),
                email("buyer.email", order.buyer().email()), phone("buyer.phone", order.buyer().phone()));
        DeliveryChoice delivery = switch (order.delivery()) {
            case DeliveryChoice.Pickup pickup -> new DeliveryChoice.Pickup(
                    text("delivery.outlet", pickup.outletCode(), 1, 20));
            case DeliveryChoice.Ship ship -> new DeliveryChoice.Ship(address(ship.address()));
        };
        if (!errors.isEmpty()) {
            return new Outcome.Invalid(errors);
        }
        return new Outcome.Valid(new PlaceOrder(lines, delivery, buyer, order.ageConfirmed(), order.locale(),
                order.userId(), order.siteBase()));
    }

    /** Lines as the cart and the API send them: at least one, at most 50 products, 1 to 99 units each. */
    static List<PlaceOrder.Line> mergedLines(List<PlaceOrder.Line> lines, List<FieldError> errors) {
        var checks = new OrderChecks();
        var merged = checks.lines(lines);
        errors.addAll(checks.errors);
        return merged;
    }

    private List<PlaceOrder.Line> lines(List<PlaceOrder.Line> lines) {
        if (lines.isEmpty()) {
            error("lines", "order.error.lines-empty", "An order needs at least one product");
            return List.of();
        }
        Map<String, Integer> units = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            String sku = line.sku() == null ? "" : line.sku().strip();
            if (!SKU.matcher(sku).matches()) {
                error("lines[" + i + "].sku", "order.error.sku", "Not a product code: letters, digits, '.', '_' or '-'");
                continue;
            }
            if (line.quantity() < 1 || line.quantity() > MAX_UNITS_PER_LINE) {
                error("lines[" + i + "].qty", "order.error.quantity", "A quantity is 1 to " + MAX_UNITS_PER_LINE);
                continue;
            }
            units.merge(sku, line.quantity(), Integer::sum);
        }
        if (units.size() > MAX_LINES) {
            error("lines", "order.error.lines-too-many", "An order takes at most " + MAX_LINES + " products");
        }
        units.forEach((sku, quantity) -> {
            if (quantity > MAX_UNITS_PER_LINE) {
                error("lines", "order.error.quantity", "A quantity is 1 to " + MAX_UNITS_PER_LINE + " (" + sku + ")");
            }
        });
        return units.entrySet().stream().map(e -> new PlaceOrder.Line(e.getKey(), e.getValue())).toList();
    }

    private Address address(Address address) {
        String prefix = "delivery.address.";
        String country = text(prefix + "country", address.country(), 2, 2).toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !COUNTRIES.contains(country)) {
            error(prefix + "country", "order.error.country", "Not a country code (ISO 3166, e.g. ID, AU, NL)");
        }
        boolean indonesia = Address.INDONESIA.equals(country);
        String postalCode = text(prefix + "postal_code", address.postalCode(), 1, 12);
        if (!postalCode.isEmpty() && !(indonesia ? POSTAL_CODE_ID : POSTAL_CODE).matcher(postalCode).matches()) {
            error(prefix + "postal_code", indonesia ? "order.error.postal-code-id" : "order.error.postal-code",
                    indonesia ? "An Indonesian postal code has five digits" : "Not a postal code");
        }
        return new Address(text(prefix + "recipient", address.recipient(), 1, 100),
                phone(prefix + "phone", address.phone(), indonesia ? "ID" : country),
                text(prefix + "street", address.street(), 3, 200),
                optional(prefix + "village", address.village(), 100),
                optional(prefix + "district", address.district(), 100),
                text(prefix + "city", address.city(), 2, 100),
                optional(prefix + "province", address.province(), 100), postalCode, country);
    }

    private String text(String field, @Nullable String value, int min, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() && min > 0) {
            error(field, "order.error.required", "Required");
        } else if (text.length() < min || text.length() > max) {
            error(field, "order.error.length", "Between " + min + " and " + max + " characters");
        } else if (!plain(text)) {
            error(field, "order.error.markup", "Must not contain < > or control characters");
        }
        return text;
    }

    private @Nullable String optional(String field, @Nullable String value, int max) {
        String text = value == null ? "" : value.strip();
        return text.isEmpty() ? null : text(field, text, 1, max);
    }

    private String email(String field, @Nullable String value) {
        String email = text(field, value, 3, 254).toLowerCase(Locale.ROOT);
        if (!email.isEmpty() && (!EMAIL.matcher(email).matches() || !plain(email))) {
            error(field, "order.error.email", "Not an email address");
        }
        return email;
    }

    private String phone(String field, @Nullable String value) {
        return phone(field, value, "ID");
    }

    /** A phone number in international form (+62...); a local number is read as one of {@code region}. */
    private String phone(String field, @Nullable String value, String region) {
        String text = text(field, value, 6, 25);
        if (text.isEmpty()) {
            return text;
        }
        try {
            var number = PHONES.parse(text, region.isEmpty() ? "ID" : region);
            if (PHONES.isValidNumber(number)) {
                return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException notANumber) {
            // reported below
        }
        error(field, "order.error.phone", "Not a phone number (e.g. 0812 3456 7890 or +61 412 345 678)");
        return text;
    }

    private static boolean plain(String text) {
        return text.chars().noneMatch(c -> c == '<' || c == '>' || Character.isISOControl(c));
    }

    private void error(String field, String key, String message) {
        errors.add(new FieldError(field, key, message));
    }
}
