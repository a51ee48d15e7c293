package id.nttmart.search;

import org.jspecify.annotations.Nullable;

/** Elasticsearch cannot be reached or refused the request; the storefront says search is briefly unavailable. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
