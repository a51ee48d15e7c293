package id.nttmart.catalog;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How an import writes: the status its products get ({@link ProductStatus#LISTED} for administrators and
 * curators, {@link ProductStatus#PENDING_REVIEW} for outlet staff, whose products a curator must approve), the
 * regencies whose products it may create or change (null: all), and who imports (for the review queue).
 */
public record ImportRules(ProductStatus status, @Nullable Set<Integer> regencies, String actor) {

    public ImportRules {
        Objects.requireNonNull(status);
        Objects.requireNonNull(actor);
        if (status != ProductStatus.LISTED && status != ProductStatus.PENDING_REVIEW) {
            throw new IllegalArgumentException("An import lists products or submits them for review");
        }
        regencies = regencies == null ? null : Set.copyOf(regencies);
    }

    /** An administrator's import (and the demo catalogue): listed at once, anywhere. */
    public static ImportRules listedAnywhere(String actor) {
        return new ImportRules(ProductStatus.LISTED, null, actor);
    }

    public boolean allows(int regencyId) {
        return regencies == null || regencies.contains(regencyId);
    }

    public boolean forReview() {
        return status == ProductStatus.PENDING_REVIEW;
    }
}
