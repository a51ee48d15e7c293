package id.nttmart.ordering;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A buyer's order as sent by the checkout page or the API. Nothing here is trusted: prices come from the catalogue,
 * every field is checked. {@code siteBase} is the shop's public address, for the links in the payment page and mail.
 */
public record PlaceOrder(
        List<Line> lines,
        DeliveryChoice delivery,
        Buyer buyer,
        boolean ageConfirmed,
        Locale locale,
        @Nullable Long userId,
        String siteBase) {

    public PlaceOrder {
        lines = List.copyOf(lines);
    }

    /** A product by its SKU and how many units. */
    public record Line(String sku, int quantity) {}
}
