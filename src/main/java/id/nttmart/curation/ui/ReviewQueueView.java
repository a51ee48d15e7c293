package id.nttmart.curation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nttmart.curation.Review;
import id.nttmart.curation.ReviewItem;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The review queue of the curator's regencies: each submitted product with its licence check, approve, reject with
 * a reason, or ask for changes with a note the submitter reads; below, listed products whose food licence expires
 * within 30 days.
 */
@Route(value = "kurasi", layout = CurationLayout.class)
@RolesAllowed({"CURATOR", "ADMIN"})
class ReviewQueueView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Makassar"));

    private final Review review;
    final Feedback feedback = new Feedback();
    private final Div queue = new Div();
    private final Div expiring = new Div();

    ReviewQueueView(Review review) {
        this.review = review;
        addClassName("curation");
        queue.addClassName("review-list");
        expiring.addClassName("review-list");
        var expiringSection = new Div(new H2(getTranslation("curation.expiring.title")),
                new Paragraph(getTranslation("curation.expiring.lead")), expiring);
        expiringSection.addClassName("expiring");
        var sku = new TextField(getTranslation("curation.queue.open-sku"));
        var open = new Button(getTranslation("curation.action.edit"), e -> {
            if (!sku.getValue().isBlank()) {
                UI.getCurrent().navigate("kurasi/produk/" + sku.getValue().strip());
            }
        });
        var finder = new Div(sku, open);
        finder.addClassName("actions");
        add(new H1(getTranslation("curation.queue.title")), finder, feedback, queue, expiringSection);
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        List<ReviewItem> items = review.queue();
        if (items.isEmpty()) {
            queue.add(new Paragraph(getTranslation("curation.queue.empty")));
        }
        items.forEach(item -> queue.add(card(item, true)));
        expiring.removeAll();
        List<ReviewItem> soon = review.expiringLicences();
        if (soon.isEmpty()) {
            expiring.add(new Paragraph(getTranslation("curation.expiring.none")));
        }
        soon.forEach(item -> expiring.add(card(item, false)));
    }

    private Div card(ReviewItem item, boolean decide) {
        var card = new Div();
        card.addClassName("review-item");
        card.getElement().setAttribute("data-sku", item.sku());
        var name = new H3(item.nameId());
        var facts = new Paragraph(item.sku() + " · " + item.regency() + " · " + item.category()
                + (item.submittedBy() == null || item.submittedBy().isEmpty() ? ""
                        : " · " + getTranslation("curation.queue.submitted", item.submittedBy(),
                                item.submittedAt() == null ? "" : TIME.format(item.submittedAt()))));
        card.add(name, facts);
        if (item.licenceProblem() != null) {
            card.add(flag("licence-problem", getTranslation("curation.flag." + item.licenceProblem())));
        }
        if (item.licenceExpiring() != null) {
            card.add(flag("licence-expiring", getTranslation("curation.flag.expiring", item.licenceExpiring())));
        }
        if (item.note() != null) {
            card.add(flag("note", getTranslation("curation.queue.note", item.note())));
        }
        var edit = new Anchor("/kurasi/produk/" + item.sku(), getTranslation("curation.action.edit"));
        edit.getElement().setAttribute("router-link", true);
        if (!decide) {
            card.add(edit);
            return card;
        }
        var note = new TextArea(getTranslation("curation.queue.note-field"));
        note.setMaxLength(2000);
        note.setWidthFull();
        var approve = new Button(getTranslation("curation.action.approve"), e -> act(
                () -> review.approve(item.sku()), getTranslation("curation.done.approved", item.nameId())));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reject = new Button(getTranslation("curation.action.reject"), e -> act(
                () -> review.reject(item.sku(), note.getValue()), getTranslation("curation.done.rejected",
                        item.nameId())));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var changes = new Button(getTranslation("curation.action.request-changes"), e -> act(
                () -> review.requestChanges(item.sku(), note.getValue()), getTranslation("curation.done.changes",
                        item.nameId())));
        var actions = new Div(approve, reject, changes, edit);
        actions.addClassName("actions");
        card.add(note, actions);
        return card;
    }

    private void act(Runnable action, String success) {
        feedback.run(action, success);
        refresh();
    }

    private static Span flag(String kind, String text) {
        var flag = new Span(text);
        flag.addClassNames("flag", kind);
        return flag;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.queue.title") + " · NTT Mart";
    }
}
