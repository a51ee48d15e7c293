package id.nttmart;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature modules talk only through each other's root packages (their API), and never in a cycle. */
class ModularityTest {

    @Test
    void module_boundaries_hold() {
        ApplicationModules.of(Application.class).verify();
    }
}
