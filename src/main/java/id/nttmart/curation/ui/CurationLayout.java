package id.nttmart.curation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.RolesAllowed;

/** The curator console's frame: a row of links that wraps on a tablet held upright. */
@RolesAllowed({"CURATOR", "ADMIN"})
class CurationLayout extends Div implements RouterLayout {

    CurationLayout() {
        addClassName("back-office");
        var nav = new Nav(link("curation.nav.queue", "/kurasi"), link("curation.nav.collections", "/kurasi/koleksi"),
                link("curation.nav.shop", "/"));
        nav.addClassName("chips");
        add(nav);
    }

    private Anchor link(String key, String href) {
        var link = new Anchor(href, getTranslation(key));
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
