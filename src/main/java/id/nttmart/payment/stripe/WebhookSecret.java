package id.nttmart.payment.stripe;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The webhook signing secret, resolved on first use (the sandbox keeps its secret in the database). */
public final class WebhookSecret {

    private final Supplier<String> source;
    private volatile @Nullable String value;

    public WebhookSecret(Supplier<String> source) {
        this.source = source;
    }

    public String value() {
        String current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = source.get();
                    value = current;
                }
            }
        }
        return current;
    }
}
