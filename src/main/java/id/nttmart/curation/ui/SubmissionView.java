package id.nttmart.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.Category;
import id.nttmart.catalog.ImportReport;
import id.nttmart.catalog.Program;
import id.nttmart.curation.Review;
import id.nttmart.curation.ReviewItem;
import id.nttmart.curation.Submissions;
import id.nttmart.region.Regency;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;

/**
 * Outlet staff submit a new product, or a change to one of their regencies' products (same SKU), for a curator's
 * review at {@code /staf/produk-baru}; below, what they submitted with the curators' decisions and notes.
 */
@Route("staf/produk-baru")
@RolesAllowed({"OUTLET_STAFF", "ADMIN"})
class SubmissionView extends Div implements HasDynamicTitle {

    private final Submissions submissions;
    private final Review review;
    private final Catalog catalog;
    final Feedback feedback = new Feedback();
    final TextField sku = new TextField();
    final TextField nameId = new TextField();
    final TextField nameEn = new TextField();
    final TextArea descriptionId = new TextArea();
    final TextArea descriptionEn = new TextArea();
    final Select<Category> category = new Select<>();
    final Select<Program> program = new Select<>();
    final TextField origin = new TextField();
    final Select<Regency> regency = new Select<>();
    final TextField producer = new TextField();
    final IntegerField price = new IntegerField();
    final IntegerField weight = new IntegerField();
    final TextField licences = new TextField();
    final Checkbox alcohol = new Checkbox();
    private final Div mine = new Div();

    SubmissionView(Submissions submissions, Review review, Catalog catalog) {
        this.submissions = submissions;
        this.review = review;
        this.catalog = catalog;
        addClassNames("curation", "submission");
        sku.setLabel("SKU");
        sku.setHelperText(getTranslation("curation.submit.sku-help"));
        nameId.setLabel(getTranslation("curation.edit.name-id"));
        nameEn.setLabel(getTranslation("curation.edit.name-en"));
        descriptionId.setLabel(getTranslation("curation.edit.description-id"));
        descriptionEn.setLabel(getTranslation("curation.edit.description-en"));
        category.setLabel(getTranslation("curation.edit.category"));
        category.setItems(catalog.categories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        program.setLabel(getTranslation("curation.submit.program"));
        program.setItems(Program.values());
        origin.setLabel(getTranslation("curation.submit.origin"));
        regency.setLabel(getTranslation("curation.collection.regency"));
        var regencies = submissions.regencies();
        regency.setItems(regencies);
        regency.setItemLabelGenerator(Regency::name);
        if (regencies.size() == 1) {
            regency.setValue(regencies.getFirst());
        }
        producer.setLabel(getTranslation("curation.submit.producer"));
        price.setLabel(getTranslation("curation.edit.price"));
        weight.setLabel(getTranslation("curation.submit.weight"));
        licences.setLabel(getTranslation("curation.edit.licences"));
        licences.setHelperText(getTranslation("curation.submit.licences-help"));
        alcohol.setLabel(getTranslation("curation.edit.alcohol"));
        category.setId("submit-category");
        program.setId("submit-program");
        regency.setId("submit-regency");
        var load = new Button(getTranslation("curation.submit.load"), e -> load());
        var submit = new Button(getTranslation("curation.submit.send"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(row(sku, load), row(nameId, nameEn), descriptionId, descriptionEn, row(category, program, regency),
                row(origin, producer), row(price, weight, licences), alcohol, new Div(submit));
        form.addClassName("form");
        descriptionId.setWidthFull();
        descriptionEn.setWidthFull();
        mine.addClassName("review-list");
        add(new H1(getTranslation("curation.submit.title")), new Paragraph(getTranslation("curation.submit.lead")),
                feedback, form, new H2(getTranslation("curation.submit.mine")), mine);
        refresh();
    }

    private static Div row(com.vaadin.flow.component.Component... fields) {
        var row = new Div(fields);
        row.addClassName("form-row");
        return row;
    }

    /** Fills the form with a product of the staff member's regencies, to submit a change to it. */
    private void load() {
        submissions.load(sku.getValue()).ifPresentOrElse(fields -> {
            nameId.setValue(fields.get("name_id"));
            nameEn.setValue(fields.get("name_en"));
            descriptionId.setValue(fields.get("description_id"));
            descriptionEn.setValue(fields.get("description_en"));
            catalog.category(fields.get("category")).ifPresent(category::setValue);
            program.setValue(Program.valueOf(fields.get("program")));
            origin.setValue(fields.get("origin"));
            submissions.regencies().stream().filter(r -> r.name().equals(fields.get("regency"))).findFirst()
                    .ifPresent(regency::setValue);
            producer.setValue(fields.get("producer"));
            price.setValue((int) Math.min(Integer.MAX_VALUE, Long.parseLong(fields.get("price_idr"))));
            weight.setValue(Integer.parseInt(fields.get("weight_g")));
            licences.setValue(fields.get("licences"));
            alcohol.setValue("alcohol".equals(fields.get("restricted")));
            feedback.ok(getTranslation("curation.submit.loaded", fields.get("name_id")));
        }, () -> feedback.error(getTranslation("curation.submit.not-yours", sku.getValue())));
    }

    private void submit() {
        Map<String, String> fields = new HashMap<>();
        fields.put("sku", sku.getValue());
        fields.put("name_id", nameId.getValue());
        fields.put("name_en", nameEn.getValue());
        fields.put("description_id", descriptionId.getValue());
        fields.put("description_en", descriptionEn.getValue());
        fields.put("category", category.getValue() == null ? "" : category.getValue().code());
        fields.put("program", program.getValue() == null ? "" : program.getValue().name());
        fields.put("origin", origin.getValue());
        fields.put("regency", regency.getValue() == null ? "" : regency.getValue().name());
        fields.put("producer", producer.getValue());
        fields.put("price_idr", price.getValue() == null ? "" : price.getValue().toString());
        fields.put("weight_g", weight.getValue() == null ? "" : weight.getValue().toString());
        fields.put("licences", licences.getValue());
        fields.put("restricted", alcohol.getValue() ? "alcohol" : "none");
        ImportReport report = submissions.submit(fields);
        if (report.rejected() > 0) {
            feedback.error(getTranslation("curation.submit.refused", report.errors().getFirst().reason()));
        } else {
            feedback.ok(getTranslation("curation.submit.sent", nameId.getValue()));
        }
        refresh();
    }

    private void refresh() {
        mine.removeAll();
        var items = review.mySubmissions();
        if (items.isEmpty()) {
            mine.add(new Paragraph(getTranslation("curation.submit.none")));
        }
        for (ReviewItem item : items) {
            var card = new Div(new H3(item.nameId() + " · " + item.sku()));
            card.addClassName("review-item");
            card.getElement().setAttribute("data-sku", item.sku());
            var state = new Span(getTranslation("curation.state." + item.state().name()));
            state.addClassNames("flag", "state");
            card.add(state);
            if (item.note() != null) {
                var note = new Paragraph(getTranslation("curation.queue.note", item.note()));
                note.addClassName("note");
                card.add(note);
            }
            mine.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.submit.title") + " · NTT Mart";
    }
}
