package id.nttmart.curation;

/** No product has this SKU. */
public class NoSuchProductException extends RuntimeException {

    NoSuchProductException(String sku) {
        super("No product " + sku);
    }
}
