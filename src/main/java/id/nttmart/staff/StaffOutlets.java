package id.nttmart.staff;

import id.nttmart.region.Outlet;
import id.nttmart.region.Regions;
import id.nttmart.security.BackOfficeAccess;
import java.util.List;
import org.springframework.stereotype.Service;

/** The outlets the signed-in user works at (every outlet for an administrator), by name. */
@Service
public class StaffOutlets {

    private final Regions regions;
    private final BackOfficeAccess access;

    StaffOutlets(Regions regions, BackOfficeAccess access) {
        this.regions = regions;
        this.access = access;
    }

    public List<Outlet> mine() {
        var scope = access.outlets();
        return regions.outlets().stream().filter(o -> scope.includes(o.id()))
                .sorted(java.util.Comparator.comparing(Outlet::name)).toList();
    }
}
