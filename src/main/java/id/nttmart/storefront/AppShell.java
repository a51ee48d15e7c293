package id.nttmart.storefront;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo and the shop's own plain CSS, shipped with the app (no web fonts, no CDN). Server push is on, so
 * the staff console shows a newly paid shipment without reloading.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@StyleSheet("assets/staff.css")
@Viewport(Viewport.DEFAULT)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("NTT Mart");
        settings.addMetaTag("description", "NTT Mart online: tenun ikat, kopi, madu dan produk UMKM dari 22"
                + " kabupaten/kota Nusa Tenggara Timur.");
        settings.addMetaTag("theme-color", "#7a2e1f");
    }
}
