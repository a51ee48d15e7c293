package id.nttmart.region;

/** An NTT Mart outlet (gerai): the physical shop of a regency that holds stock and fulfils orders. */
public record Outlet(long id, String code, String name, int regencyId, boolean mainOutlet, String address,
        double latitude, double longitude, String openingHours) {}
