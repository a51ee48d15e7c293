package id.nttmart.ordering;

import id.nttmart.catalog.Sellable;
import java.util.ArrayList;
import java.util.List;

/**
 * Alcohol (sopi, for instance) is sold only to buyers who confirm they are 21 or older, and travels only within NTT:
 * picked up at an outlet, or shipped to a regency of NTT; never elsewhere in Indonesia or abroad.
 */
final class RestrictedGoods {

    static final int MINIMUM_AGE = 21;

    private RestrictedGoods() {}

    static List<FieldError> check(List<Sellable> products, Target target, boolean ageConfirmed) {
        List<FieldError> errors = new ArrayList<>();
        if (products.stream().noneMatch(Sellable::alcohol)) {
            return errors;
        }
        if (!ageConfirmed) {
            errors.add(new FieldError("age_confirmed", "order.error.age",
                    "This order has alcohol: confirm that you are " + MINIMUM_AGE + " or older"));
        }
        if (!target.withinNtt()) {
            errors.add(new FieldError("delivery", "order.error.restricted-destination",
                    "Alcohol can only be picked up at an outlet or shipped within NTT"));
        }
        return errors;
    }
}
