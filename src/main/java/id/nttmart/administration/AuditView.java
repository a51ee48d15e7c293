package id.nttmart.administration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nttmart.audit.AuditLog;
import id.nttmart.audit.AuditLog.AuditEntry;
import id.nttmart.audit.AuditLog.AuditFilter;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;

/** Administrators read who changed what in the back office, newest first, with each change's before and after. */
@Route("admin/audit")
@RolesAllowed("ADMIN")
class AuditView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(java.time.ZoneId.of("Asia/Makassar"));

    private final AuditLog audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final TextField subjectType = new TextField();
    private final TextField subjectId = new TextField();

    AuditView(AuditLog audit) {
        this.audit = audit;
        addClassName("back-office");
        actor.setPlaceholder(getTranslation("admin.audit.actor"));
        subjectType.setPlaceholder(getTranslation("admin.audit.type"));
        subjectId.setPlaceholder(getTranslation("admin.audit.id"));
        var filter = new Button(getTranslation("admin.audit.filter"), e -> refresh());
        grid.addColumn(e -> TIME.format(e.at())).setHeader(getTranslation("admin.audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("admin.audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("admin.audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.subject().type() + " " + e.subject().id()).setHeader(getTranslation("admin.audit.subject"))
                .setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> {
            var details = new Div();
            details.add(new Paragraph(getTranslation("admin.audit.before")), new Pre(text(e.before())),
                    new Paragraph(getTranslation("admin.audit.after")), new Pre(text(e.after())));
            return details;
        }));
        grid.setHeight("65vh");
        add(new H1(getTranslation("admin.audit.title")), new Paragraph(getTranslation("admin.audit.lead")),
                new Div(actor, subjectType, subjectId, filter), grid);
        refresh();
    }

    private static String text(tools.jackson.databind.@org.jspecify.annotations.Nullable JsonNode json) {
        return json == null ? "-" : json.toPrettyString();
    }

    private void refresh() {
        grid.setItems(audit.recent(new AuditFilter(blankToNull(actor.getValue()), blankToNull(subjectType.getValue()),
                blankToNull(subjectId.getValue()), null), 500));
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.title") + " · NTT Mart";
    }
}
