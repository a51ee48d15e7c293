package id.nttmart.payment;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What the buyer pays for: whole rupiah (the gateway's hundredths are the adapter's business), the order number
 * as the reference that comes back in every webhook, and where the hosted page sends the buyer afterwards.
 */
public record PaymentRequest(
        String orderNumber,
        List<Item> items,
        String buyerEmail,
        Locale locale,
        Instant expiresAt,
        String successUrl,
        String cancelUrl,
        String idempotencyKey) {

    public PaymentRequest {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A payment needs at least one item");
        }
    }

    public long totalIdr() {
        return items.stream().mapToLong(item -> item.unitPriceIdr() * item.quantity()).sum();
    }

    /** One line on the payment page: a product, or the delivery charge. */
    public record Item(String name, long unitPriceIdr, int quantity) {

        public Item {
            if (unitPriceIdr < 1 || quantity < 1) {
                throw new IllegalArgumentException("An item needs a positive price and quantity");
            }
        }
    }
}
