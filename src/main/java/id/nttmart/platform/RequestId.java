package id.nttmart.platform;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The id that ties log lines to the request that caused them, kept in the logging context (MDC) under
 * {@value #MDC_KEY}, so every line logged while handling a request carries it (the JSON logs show it as a field).
 * Work that continues a request later, on another request or another node (an order's payment arriving by
 * webhook, its shipments joining an outlet's queue), continues under the first request's id: one search for
 * that id follows an order from checkout to the outlet.
 */
public final class RequestId {

    public static final String MDC_KEY = "request_id";
    /** The header a load balancer or client may send (and the shop echoes). */
    public static final String HEADER = "X-Request-Id";
    /** While continuing an earlier request's work: the id of the request doing it now. */
    public static final String VIA_MDC_KEY = "via_request_id";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestId() {}

    /** The current request's id, if work is being done for a request. */
    public static @Nullable String current() {
        return MDC.get(MDC_KEY);
    }

    /** A sent id when it is safe to log as is (letters, digits, {@code . _ : -}, at most 64), else a new one. */
    static String acceptOrCreate(@Nullable String sent) {
        return sent != null && ACCEPTED.matcher(sent).matches() ? sent : create();
    }

    static String create() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Continues the work of an earlier request: until closed, lines carry that request's id (and the current
     * request's as {@value #VIA_MDC_KEY}). With no earlier id, nothing changes.
     */
    public static Scope continuing(@Nullable String earlier) {
        String previous = MDC.get(MDC_KEY);
        String previousVia = MDC.get(VIA_MDC_KEY);
        if (earlier == null || earlier.equals(previous)) {
            return () -> {};
        }
        MDC.put(MDC_KEY, earlier);
        if (previous != null) {
            MDC.put(VIA_MDC_KEY, previous);
        }
        return () -> {
            restore(MDC_KEY, previous);
            restore(VIA_MDC_KEY, previousVia);
        };
    }

    private static void restore(String key, @Nullable String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    /** Ends a {@link #continuing} block. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
