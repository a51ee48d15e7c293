package id.nttmart.payment.sandbox;

import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's test cards: {@code 4242 4242 4242 4242} pays, {@code 4000 0000 0000 0002} is declined
 * ({@code generic_decline}), {@code 4000 0000 0000 9995} is declined ({@code insufficient_funds}); any other number
 * is refused as invalid. The expiry must not be past and the CVC must have 3 or 4 digits.
 */
final class SandboxCards {

    enum Outcome {
        PAID(null), GENERIC_DECLINE("generic_decline"), INSUFFICIENT_FUNDS("insufficient_funds"),
        INVALID_NUMBER(null), INVALID_EXPIRY(null), EXPIRED_CARD(null), INVALID_CVC(null);

        final @Nullable String declineCode;

        Outcome(@Nullable String declineCode) {
            this.declineCode = declineCode;
        }

        boolean declined() {
            return declineCode != null;
        }
    }

    private static final Map<String, Outcome> TEST_CARDS = Map.of(
            "4242424242424242", Outcome.PAID,
            "4000000000000002", Outcome.GENERIC_DECLINE,
            "4000000000009995", Outcome.INSUFFICIENT_FUNDS);

    private static final Pattern EXPIRY = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})");
    private static final Pattern CVC = Pattern.compile("\\d{3,4}");

    private SandboxCards() {}

    static Outcome check(String number, String expiry, String cvc, YearMonth now) {
        String digits = number.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{12,19}") || !luhn(digits) || !TEST_CARDS.containsKey(digits)) {
            return Outcome.INVALID_NUMBER;
        }
        var matcher = EXPIRY.matcher(expiry.strip());
        if (!matcher.matches()) {
            return Outcome.INVALID_EXPIRY;
        }
        int month = Integer.parseInt(matcher.group(1));
        int year = Integer.parseInt(matcher.group(2));
        if (month < 1 || month > 12) {
            return Outcome.INVALID_EXPIRY;
        }
        if (YearMonth.of(year < 100 ? 2000 + year : year, month).isBefore(now)) {
            return Outcome.EXPIRED_CARD;
        }
        if (!CVC.matcher(cvc.strip()).matches()) {
            return Outcome.INVALID_CVC;
        }
        return TEST_CARDS.get(digits);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
