package id.nttmart.storefront;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly page (status 404) for an address that leads nowhere: a way home and to search, no stack trace. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("notfound.title")), new Paragraph(getTranslation("notfound.text")),
                new Anchor("/", getTranslation("notfound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
