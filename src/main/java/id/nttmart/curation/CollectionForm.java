package id.nttmart.curation;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A featured collection as a curator edits it: where it shows (the home page, one regency's page, or both), the
 * SKUs in order, and optional first and last days (inclusive, Asia/Makassar).
 */
public record CollectionForm(
        String slug,
        String titleId,
        String titleEn,
        boolean onHome,
        @Nullable Integer regencyId,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        List<String> skus) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    public CollectionForm {
        skus = skus.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        slug = slug.strip();
        titleId = titleId.strip();
        titleEn = titleEn.strip();
    }

    /** The first problem with the form, as a refusal, or null. */
    @Nullable CurationRefusal problem() {
        if (!SLUG.matcher(slug).matches()) {
            return new CurationRefusal("collection_slug", "The address must be lower-case letters, digits and"
                    + " hyphens, e.g. tenun-sikka");
        }
        if (titleId.isEmpty() || titleId.length() > 120 || titleEn.isEmpty() || titleEn.length() > 120) {
            return new CurationRefusal("collection_title", "Give the collection a title in both languages (up to 120"
                    + " characters)");
        }
        if (!onHome && regencyId == null) {
            return new CurationRefusal("collection_place", "Choose where the collection shows: the home page or a"
                    + " regency page");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            return new CurationRefusal("collection_dates", "The last day comes before the first");
        }
        if (skus.isEmpty() || skus.size() > 60) {
            return new CurationRefusal("collection_products", "A collection holds 1 to 60 products");
        }
        return null;
    }
}
