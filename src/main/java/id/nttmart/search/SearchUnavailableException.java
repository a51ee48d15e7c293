package id.nttmart.search;

/** Elasticsearch cannot be reached or refused the request; the storefront says search is briefly unavailable. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
