package id.nttmart.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A position in a result list (the sort values of the last product shown), handed to clients as an opaque string so
 * that they can page on as deep as they like with {@code search_after}.
 */
final class SearchCursor {

    private static final String SEPARATOR = "\u001f";

    private SearchCursor() {}

    static String encode(List<FieldValue> sortValues) {
        var parts = new ArrayList<String>(sortValues.size());
        for (FieldValue value : sortValues) {
            parts.add(switch (value._kind()) {
                case Double -> "d" + value.doubleValue();
                case Long -> "l" + value.longValue();
                case Boolean -> "b" + value.booleanValue();
                case String -> "s" + value.stringValue();
                default -> "n";
            });
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The sort values of a cursor; a cursor this shop did not make is refused. */
    static List<FieldValue> decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            var out = new ArrayList<FieldValue>();
            for (String part : text.split(SEPARATOR, -1)) {
                String rest = part.substring(1);
                out.add(switch (part.charAt(0)) {
                    case 'd' -> FieldValue.of(Double.parseDouble(rest));
                    case 'l' -> FieldValue.of(Long.parseLong(rest));
                    case 'b' -> FieldValue.of(Boolean.parseBoolean(rest));
                    case 's' -> FieldValue.of(rest);
                    case 'n' -> FieldValue.NULL;
                    default -> throw new IllegalArgumentException("bad part");
                });
            }
            if (out.size() < 2 || out.size() > 3) {
                throw new IllegalArgumentException("bad length");
            }
            return out;
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new InvalidSearchException("after", "The cursor 'after' is not one this shop gave out.");
        }
    }
}
