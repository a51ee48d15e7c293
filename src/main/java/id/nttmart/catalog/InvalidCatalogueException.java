package id.nttmart.catalog;

/** The catalogue file as a whole cannot be imported (e.g. a wrong header); nothing of it was written. */
public class InvalidCatalogueException extends RuntimeException {

    public InvalidCatalogueException(String message) {
        super(message);
    }
}
