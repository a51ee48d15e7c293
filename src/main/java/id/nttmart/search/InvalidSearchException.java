package id.nttmart.search;

/**
 * A search request that cannot be answered as asked (a bad parameter). The message (English, for integrators) says
 * what would do; {@link #parameter()} names the parameter, for pages that explain it in the visitor's language.
 */
public class InvalidSearchException extends RuntimeException {

    private final String parameter;

    public InvalidSearchException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The request parameter at fault, e.g. {@code minPrice}. */
    public String parameter() {
        return parameter;
    }
}
