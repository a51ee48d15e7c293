package id.nttmart.administration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nttmart.security.BackOfficeAccess;
import id.nttmart.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The back office's front door: the work each role may do, one tap away (staff at the counter use phones). */
@Route("kantor")
@RolesAllowed({"OUTLET_STAFF", "CURATOR", "ADMIN", "AGENCY_HEAD"})
class BackOfficeView extends Div implements HasDynamicTitle {

    BackOfficeView(BackOfficeAccess access) {
        addClassName("back-office");
        add(new H1(getTranslation("backoffice.title")));
        boolean admin = access.hasRole(Role.ADMIN);
        if (admin || access.hasRole(Role.OUTLET_STAFF)) {
            section("backoffice.staff", link("/staf", "backoffice.staff.queue"),
                    link("/staf/stok", "backoffice.staff.stock"),
                    link("/staf/produk-baru", "backoffice.staff.submit"),
                    link("/staf/bagi-hasil", "backoffice.staff.settlement"));
        }
        if (admin || access.hasRole(Role.CURATOR)) {
            section("backoffice.curation", link("/kurasi", "backoffice.curation.review"),
                    link("/kurasi/koleksi", "backoffice.curation.collections"));
        }
        if (admin || access.hasRole(Role.OUTLET_STAFF) || access.hasRole(Role.AGENCY_HEAD)) {
            var asn = new java.util.ArrayList<Anchor>();
            if (admin || access.hasRole(Role.AGENCY_HEAD)) {
                asn.add(link("/asn/instansi", "asn.backoffice.agency"));
            }
            if (admin || access.hasRole(Role.OUTLET_STAFF)) {
                asn.add(link("/staf/asn", "asn.backoffice.counter"));
            }
            if (admin) {
                asn.add(link("/admin/asn", "asn.backoffice.admin"));
            }
            section("asn.backoffice.title", asn.toArray(Anchor[]::new));
        }
        if (admin) {
            section("backoffice.admin", link("/admin/pengguna", "backoffice.admin.users"),
                    link("/admin/gerai", "backoffice.admin.outlets"), link("/admin/audit", "backoffice.admin.audit"),
                    link("/admin/pembayaran", "backoffice.admin.payments"), link("/admin/surat", "backoffice.admin.mail"),
                    link("/admin/dasbor", "dashboard.title"));
        }
    }

    private void section(String title, Anchor... links) {
        var list = new Div(links);
        list.addClassName("back-office-links");
        add(new H2(getTranslation(title)), list);
    }

    private Anchor link(String href, String key) {
        var anchor = new Anchor(href, getTranslation(key));
        anchor.add(new Paragraph(getTranslation(key + ".lead")));
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.title") + " · NTT Mart";
    }
}
