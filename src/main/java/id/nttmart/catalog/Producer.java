package id.nttmart.catalog;

/** The maker (UMKM, school or community group), who receives 90 % of each sale. */
public record Producer(long id, String name, Kind kind, int regencyId) {

    public enum Kind {
        UMKM,
        SCHOOL,
        COMMUNITY;

        public static Kind of(Program program) {
            return switch (program) {
                case OVOP -> UMKM;
                case OSOP -> SCHOOL;
                case OCOP -> COMMUNITY;
            };
        }
    }
}
