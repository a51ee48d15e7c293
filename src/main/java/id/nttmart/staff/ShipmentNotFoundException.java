package id.nttmart.staff;

/**
 * No paid shipment with this id at the user's outlets. A shipment of another outlet is "not found" too, so staff
 * learn nothing about other outlets' orders by trying ids.
 */
public class ShipmentNotFoundException extends RuntimeException {

    public ShipmentNotFoundException(long id) {
        super("No shipment " + id + " at your outlet");
    }
}
