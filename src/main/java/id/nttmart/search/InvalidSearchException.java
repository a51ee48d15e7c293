package id.nttmart.search;

/** A search request that cannot be answered as asked (a bad parameter); its message is for the requester. */
public class InvalidSearchException extends RuntimeException {

    public InvalidSearchException(String message) {
        super(message);
    }
}
