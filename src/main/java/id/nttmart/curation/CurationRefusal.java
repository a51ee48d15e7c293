package id.nttmart.curation;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A curation step that may not happen as asked, with a reason a curator can act on. {@code code} names the reason
 * (the views translate {@code curation.error.<code>} with {@link #arguments()}; the API answers it as
 * {@code error}); the message is the English text.
 */
public class CurationRefusal extends RuntimeException {

    private final String code;
    private final Object[] arguments;

    CurationRefusal(String code, String englishPattern, Object... arguments) {
        super(new MessageFormat(englishPattern, Locale.ENGLISH).format(arguments));
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
