package id.nttmart.ordering;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A cart as the buyer sees it now: current catalogue prices (never what was shown when added), and each line's
 * availability, so problems show before checkout rather than after payment.
 */
public record Cart(UUID id, List<Line> lines) {

    public Cart {
        lines = List.copyOf(lines);
    }

    public long subtotalIdr() {
        return lines.stream().filter(l -> l.problem() != Problem.NOT_ON_SALE).mapToLong(Line::amountIdr).sum();
    }

    public int units() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    public boolean empty() {
        return lines.isEmpty();
    }

    /** Every line can be bought as it stands. */
    public boolean ready() {
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.problem() == Problem.NONE);
    }

    public boolean restricted() {
        return lines.stream().anyMatch(Line::alcohol);
    }

    public List<PlaceOrder.Line> orderLines() {
        return lines.stream().filter(l -> l.problem() != Problem.NOT_ON_SALE)
                .map(l -> new PlaceOrder.Line(l.sku(), l.quantity())).toList();
    }

    public enum Problem {
        NONE,
        /** Fewer units available than wanted: {@link Line#available()} says how many. */
        SHORT,
        /** None left at any outlet. */
        SOLD_OUT,
        /** Delisted or withdrawn since it was added. */
        NOT_ON_SALE
    }

    public record Line(String sku, String name, String path, @Nullable String imagePath, long unitPriceIdr,
            int quantity, int available, boolean alcohol, Problem problem) {

        public long amountIdr() {
            return unitPriceIdr * quantity;
        }
    }
}
