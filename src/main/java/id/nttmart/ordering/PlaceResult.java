package id.nttmart.ordering;

import java.util.List;

/** The outcome of placing an order. */
public sealed interface PlaceResult {

    /**
     * Stock is held and the order waits for payment. {@code trackingToken} is the secret of the tracking and pay
     * links (kept with the order, as the mails about it carry the links again).
     */
    record Placed(OrderView order, String trackingToken, String paymentPath, String trackingPath)
            implements PlaceResult {}

    /** Nothing was held: some lines cannot be filled. */
    record Short(List<ShortLine> lines) implements PlaceResult {

        public Short {
            lines = List.copyOf(lines);
        }
    }

    /** Nothing was held: the order is not acceptable as sent. */
    record Invalid(List<FieldError> errors) implements PlaceResult {

        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
