package id.nttmart.inventory;

import id.nttmart.routing.OrderLine;
import java.util.List;

/** The outcome of asking to hold an order's stock: held, or which lines no outlet can fill (nothing held). */
public sealed interface HoldResult {

    record Held(Hold hold) implements HoldResult {}

    record Unavailable(List<OrderLine> lines) implements HoldResult {

        public Unavailable {
            lines = List.copyOf(lines);
        }
    }
}
