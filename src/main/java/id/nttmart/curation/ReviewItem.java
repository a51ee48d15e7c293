package id.nttmart.curation;

import id.nttmart.catalog.ProductStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A product as the review queue and a submitter's list show it: its review state, the curator's note, and what
 * the licence check says ({@code licenceProblem}: the refusal code, null when approval is possible;
 * {@code licenceExpiring}: a food licence that expires within 30 days).
 */
public record ReviewItem(
        String sku,
        String nameId,
        String nameEn,
        String regency,
        String category,
        ProductStatus status,
        ReviewState state,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt,
        @Nullable String note,
        @Nullable String licenceProblem,
        @Nullable LocalDate licenceExpiring) {}
