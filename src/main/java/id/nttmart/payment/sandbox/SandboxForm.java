package id.nttmart.payment.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** Stripe's form encoding: {@code a[b][c]=v} keys, integers as text, errors named after the parameter. */
final class SandboxForm {

    private final MultiValueMap<String, String> fields;

    SandboxForm(MultiValueMap<String, String> fields) {
        this.fields = fields;
    }

    @Nullable String text(String key) {
        String value = fields.getFirst(key);
        return value == null || value.isBlank() ? null : value;
    }

    String required(String key) {
        String value = text(key);
        if (value == null) {
            throw SandboxApiException.invalid("parameter_missing", "Missing required param: " + key + ".", key);
        }
        return value;
    }

    @Nullable Long integer(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw SandboxApiException.invalid("parameter_invalid_integer", "Invalid integer: " + value, key);
        }
    }

    long positive(String key) {
        Long value = integer(key);
        if (value == null) {
            throw SandboxApiException.invalid("parameter_missing", "Missing required param: " + key + ".", key);
        }
        if (value < 1) {
            throw SandboxApiException.invalid("parameter_invalid_integer",
                    "Invalid " + key + ": must be at least 1", key);
        }
        return value;
    }

    boolean has(String prefix) {
        return fields.keySet().stream().anyMatch(key -> key.startsWith(prefix));
    }

    /** The entries of a hash parameter: {@code metadata[order_number]=X} is {@code order_number -> X}. */
    Map<String, String> hash(String name) {
        var values = new LinkedHashMap<String, String>();
        String prefix = name + "[";
        fields.forEach((key, list) -> {
            if (key.startsWith(prefix) && key.endsWith("]") && key.indexOf('[', prefix.length()) < 0 && !list.isEmpty()) {
                values.put(key.substring(prefix.length(), key.length() - 1), list.getFirst());
            }
        });
        return values;
    }

    /** The request's fingerprint for idempotency: the same parameters in any order give the same text. */
    String fingerprint(String method, String path) {
        var sorted = new TreeMap<String, String>();
        fields.forEach((key, list) -> sorted.put(key, String.join("\u0000", list)));
        return method + " " + path + " " + sorted;
    }
}
