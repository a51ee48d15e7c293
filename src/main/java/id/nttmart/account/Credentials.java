package id.nttmart.account;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The rules for what customers enter: email addresses, phone numbers, passwords. */
public final class Credentials {

    public static final int MIN_PASSWORD_LENGTH = 10;
    /** BCrypt reads no further than 72 bytes; Spring Security refuses longer passwords. */
    public static final int MAX_PASSWORD_BYTES = 72;

    /** What the {@code app_user.username} check accepts, in the shape of an address. */
    private static final Pattern EMAIL = Pattern.compile(
            "^[a-z0-9._%+'-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}$");

    private Credentials() {}

    /** The address lower-cased and trimmed, if it is one the shop can use as a login. */
    public static Optional<String> email(String input) {
        String email = input.strip().toLowerCase(Locale.ROOT);
        return email.length() <= 254 && EMAIL.matcher(email).matches() ? Optional.of(email) : Optional.empty();
    }

    /** An Indonesian or international number in E.164 form (+6281234567890), if it can be one. */
    public static Optional<String> phone(String input) {
        var util = PhoneNumberUtil.getInstance();
        try {
            var number = util.parse(input.strip(), "ID");
            return util.isPossibleNumber(number)
                    ? Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    public static Optional<Problem> passwordProblem(String password, @Nullable String email) {
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            return Optional.of(Problem.PASSWORD_TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of(Problem.PASSWORD_TOO_LONG);
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of(Problem.PASSWORD_SAME_AS_EMAIL);
        }
        return Optional.empty();
    }
}
