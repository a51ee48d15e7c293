package id.nttmart.routing;

/**
 * Great-circle distance on a spherical Earth (haversine). Regency seats are only approximate places, so the
 * half-percent error of a sphere against the real ellipsoid never changes which outlet is nearer.
 */
public final class GreatCircle {

    /** The mean Earth radius (IUGG). */
    static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {}

    /** Kilometres between two points given in decimal degrees. */
    public static double km(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) {
        double dLat = Math.toRadians(toLatitude - fromLatitude);
        double dLon = Math.toRadians(toLongitude - fromLongitude);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(fromLatitude))
                * Math.cos(Math.toRadians(toLatitude)) * Math.pow(Math.sin(dLon / 2), 2);
        // min() guards asin against rounding just above 1 for antipodal points.
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static void requireCoordinates(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a place on Earth: " + latitude + ", " + longitude);
        }
    }
}
