package id.nttmart.mail.outbox;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Administrators read the shop's mail here: newest first, filtered by address or reference; a click opens one. */
@Route("admin/surat")
@RolesAllowed("ADMIN")
class MailAdminView extends Div implements HasDynamicTitle {

    /** NTT keeps Central Indonesian Time (WITA). */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Makassar"));

    final TextField filter = new TextField();
    final Grid<StoredMail> grid = new Grid<>();
    private final MailArchive archive;

    MailAdminView(MailArchive archive) {
        this.archive = archive;
        addClassName("mail-admin");
        filter.setPlaceholder(getTranslation("mail.admin.filter"));
        filter.setAriaLabel(getTranslation("mail.admin.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        filter.setWidthFull();

        grid.addColumn(m -> time(m.createdAt())).setHeader(getTranslation("mail.admin.time")).setAutoWidth(true);
        grid.addColumn(StoredMail::to).setHeader(getTranslation("mail.admin.to")).setAutoWidth(true);
        grid.addColumn(StoredMail::subject).setHeader(getTranslation("mail.admin.subject")).setFlexGrow(1);
        grid.addColumn(StoredMail::kind).setHeader(getTranslation("mail.admin.kind")).setAutoWidth(true);
        grid.addColumn(m -> m.reference() == null ? "" : m.reference())
                .setHeader(getTranslation("mail.admin.reference")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("mail.status." + m.status().name()))
                .setHeader(getTranslation("mail.admin.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");

        add(new H1(getTranslation("mail.admin.title")), new Paragraph(getTranslation("mail.admin.lead")), filter,
                grid);
        refresh();
    }

    void refresh() {
        grid.setItems(archive.newest(filter.getValue()));
    }

    private void open(StoredMail mail) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(mail.subject());
        dialog.addClassName("mail-dialog");
        var facts = new Div(
                new Paragraph(getTranslation("mail.admin.to") + ": " + mail.to()),
                new Paragraph(getTranslation("mail.admin.status") + ": "
                        + getTranslation("mail.status." + mail.status().name()) + " · "
                        + getTranslation("mail.admin.attempts", mail.attempts())
                        + (mail.sentAt() == null ? "" : " · " + time(mail.sentAt()))));
        if (mail.lastError() != null) {
            facts.add(new Paragraph(getTranslation("mail.admin.error") + ": " + mail.lastError()));
        }
        dialog.add(facts, MailBody.of(mail));
        var close = new com.vaadin.flow.component.button.Button(getTranslation("mail.admin.close"),
                e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.admin.title") + " · NTT Mart";
    }
}
