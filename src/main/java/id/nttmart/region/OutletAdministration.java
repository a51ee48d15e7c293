package id.nttmart.region;

import id.nttmart.audit.AuditLog;
import id.nttmart.security.BackOfficeAccess;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators open outlets and keep their details true (name, address, place on the map, opening hours); routing
 * and the storefront's pickup choice read the changes within a minute. Every change is audited.
 */
@Service
public class OutletAdministration {

    private final JdbcClient jdbc;
    private final Regions regions;
    private final BackOfficeAccess access;
    private final AuditLog audit;

    OutletAdministration(JdbcClient jdbc, Regions regions, BackOfficeAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
    }

    /** What an administrator may set; the code is chosen once, at opening. */
    public record OutletDetails(String name, int regencyId, String address, double latitude, double longitude,
            String openingHours) {

        void check() {
            if (name.isBlank() || name.strip().length() > 120) {
                throw new IllegalArgumentException("A name of 1 to 120 characters");
            }
            if (address.isBlank() || address.strip().length() > 300) {
                throw new IllegalArgumentException("An address of 1 to 300 characters");
            }
            if (openingHours.isBlank() || openingHours.strip().length() > 200) {
                throw new IllegalArgumentException("Opening hours of 1 to 200 characters");
            }
            // Nusa Tenggara Timur lies within these bounds; a point outside is a typing mistake.
            if (latitude < -11.5 || latitude > -7.5 || longitude < 118.5 || longitude > 125.5) {
                throw new IllegalArgumentException("Coordinates outside Nusa Tenggara Timur");
            }
        }
    }

    @Transactional
    public Outlet open(String code, OutletDetails details) {
        access.requireAdmin();
        details.check();
        regions.regency(details.regencyId());
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!normalised.matches("[A-Z0-9-]{2,20}")) {
            throw new IllegalArgumentException("A code of 2 to 20 letters, digits or dashes");
        }
        long id;
        try {
            id = jdbc.sql("""
                            insert into outlet (code, name, regency_id, main_outlet, address, latitude, longitude,
                                                opening_hours)
                            values (:code, :name, :regency, false, :address, :lat, :lon, :hours) returning id""")
                    .param("code", normalised)
                    .params(params(details))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("The code " + normalised + " is in use");
        }
        regions.forgetOutlets();
        Outlet opened = find(id);
        audit.record("outlet opened", AuditLog.Subject.of("outlet", opened.code()), id, null, opened);
        return opened;
    }

    @Transactional
    public Outlet change(long outletId, OutletDetails details) {
        access.requireAdmin();
        details.check();
        regions.regency(details.regencyId());
        Outlet before = find(outletId);
        jdbc.sql("""
                        update outlet set name = :name, regency_id = :regency, address = :address, latitude = :lat,
                                          longitude = :lon, opening_hours = :hours
                        where id = :id""")
                .param("id", outletId)
                .params(params(details))
                .update();
        regions.forgetOutlets();
        Outlet after = find(outletId);
        audit.record("outlet changed", AuditLog.Subject.of("outlet", after.code()), outletId, before, after);
        return after;
    }

    private Outlet find(long id) {
        return regions.outlets().stream().filter(o -> o.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No outlet " + id));
    }

    private static java.util.Map<String, Object> params(OutletDetails d) {
        return java.util.Map.of("name", d.name().strip(), "regency", d.regencyId(), "address", d.address().strip(),
                "lat", d.latitude(), "lon", d.longitude(), "hours", d.openingHours().strip());
    }
}
