package id.nttmart.region;

/** One of the 22 regencies and cities of Nusa Tenggara Timur. */
public record Regency(int id, String slug, String name, String seat, String island, double latitude,
        double longitude) {}
