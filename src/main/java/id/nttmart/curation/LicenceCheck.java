package id.nttmart.curation;

import id.nttmart.catalog.Category;
import id.nttmart.catalog.Licence;
import id.nttmart.catalog.Product;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Food and drink (the categories marked {@code food}: coffee, honey, processed food, snacks, spices, drinks) may be
 * sold only with a PIRT or BPOM licence whose expiry date lies in the future. A licence without a recorded expiry
 * does not count for approval: the curator records the date from the certificate.
 */
public final class LicenceCheck {

    /** The province's clock: a licence that expires "today" in Kupang has expired. */
    public static final ZoneId PROVINCE = ZoneId.of("Asia/Makassar");

    /** Licences expiring within this many days are flagged in the console. */
    public static final int WARNING_DAYS = 30;

    private LicenceCheck() {}

    public static LocalDate today() {
        return LocalDate.now(PROVINCE);
    }

    /** Why the product may not be listed yet, or empty when its licences allow it. */
    public static Optional<CurationRefusal> refusal(Product product, Category category, LocalDate today) {
        if (!category.food()) {
            return Optional.empty();
        }
        var food = product.licences().stream().filter(l -> l.type().permitsFood()).toList();
        if (food.stream().anyMatch(l -> valid(l, today))) {
            return Optional.empty();
        }
        if (food.isEmpty()) {
            return Optional.of(new CurationRefusal("licence_missing", "{0} is food or drink ({1}): it needs a PIRT or"
                    + " BPOM licence before it can be approved", product.nameId(), category.nameEn()));
        }
        if (food.stream().allMatch(l -> l.expiresOn() == null)) {
            return Optional.of(new CurationRefusal("licence_undated", "{0}: record the expiry date of its PIRT or"
                    + " BPOM licence before approving it", product.nameId()));
        }
        return Optional.of(new CurationRefusal("licence_expired", "{0}: its PIRT or BPOM licence has expired; a"
                + " valid licence is needed before it can be approved", product.nameId()));
    }

    /** The earliest expiry within {@link #WARNING_DAYS} among the product's food licences, if any. */
    public static Optional<LocalDate> expiringSoon(Product product, Category category, LocalDate today) {
        if (!category.food()) {
            return Optional.empty();
        }
        return product.licences().stream()
                .filter(l -> l.type().permitsFood() && l.expiresOn() != null)
                .map(Licence::expiresOn)
                .filter(d -> !d.isAfter(today.plusDays(WARNING_DAYS)))
                .min(LocalDate::compareTo);
    }

    static boolean valid(Licence licence, LocalDate today) {
        return licence.expiresOn() != null && licence.expiresOn().isAfter(today);
    }
}
