package id.nttmart.search;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * What a shopper asked for. The text is cleaned here (Unicode normalised, control characters and unpaired
 * surrogates removed, length capped); the application analyses it into words itself and sends Elasticsearch only
 * term-level queries, never query syntax.
 *
 * @param after a cursor from an earlier page ({@link SearchPage#next()}), for paging deep into results; when set,
 *     {@code page} is ignored
 */
public record SearchQuery(String text, SearchFilters filters, SearchSort sort, int page, int size,
        @Nullable String after) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 60;
    /** Elasticsearch's default result window; deeper pages need search_after. */
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        text = clean(text);
        size = Math.clamp(size, 1, MAX_SIZE);
        page = Math.clamp(page, 0, MAX_WINDOW / size - 1);
    }

    public static SearchQuery of(String text, int page, int size) {
        return new SearchQuery(text, SearchFilters.NONE, SearchSort.RELEVANCE, page, size, null);
    }

    public SearchQuery withFilters(SearchFilters value) {
        return new SearchQuery(text, value, sort, 0, size, null);
    }

    public SearchQuery withSort(SearchSort value) {
        return new SearchQuery(text, filters, value, 0, size, null);
    }

    public SearchQuery withText(String value) {
        return new SearchQuery(value, filters, sort, 0, size, null);
    }

    public SearchQuery after(@Nullable String cursor) {
        return new SearchQuery(text, filters, sort, page, size, cursor);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.length() > 4 * MAX_TEXT ? raw.substring(0, 4 * MAX_TEXT) : raw;
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        String cleaned = out.toString().replaceAll("\\s+", " ").strip();
        if (cleaned.length() > MAX_TEXT) {
            int cut = MAX_TEXT;
            if (Character.isHighSurrogate(cleaned.charAt(cut - 1))) {
                cut--;
            }
            cleaned = cleaned.substring(0, cut).strip();
        }
        return cleaned;
    }
}
