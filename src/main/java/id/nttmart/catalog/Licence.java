package id.nttmart.catalog;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A licence a product holds; the expiry is optional until curators record it. */
public record Licence(LicenceType type, String number, @Nullable LocalDate expiresOn) {

    public Licence {
        Objects.requireNonNull(type);
        if (number == null || number.isBlank() || number.length() > 80) {
            throw new IllegalArgumentException("A licence number has 1 to 80 characters");
        }
    }
}
