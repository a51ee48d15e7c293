package id.nttmart.search;

import java.util.Arrays;
import java.util.Optional;

/** The orders results can come in. */
public enum SearchSort {
    RELEVANCE("relevance"),
    PRICE_ASC("price_asc"),
    PRICE_DESC("price_desc"),
    NEWEST("newest");

    private final String param;

    SearchSort(String param) {
        this.param = param;
    }

    /** The value of the {@code sort} parameter. */
    public String param() {
        return param;
    }

    public static Optional<SearchSort> fromParam(String value) {
        return Arrays.stream(values()).filter(s -> s.param.equals(value)).findFirst();
    }
}
