package id.nttmart.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nttmart.curation.CollectionForm;
import id.nttmart.curation.Featuring;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/**
 * Featured collections: a title in both languages, where it shows (home page, a regency page), optional first and
 * last days, and its products as SKUs in order, one a line. Saved, it shows on the storefront at once.
 */
@Route(value = "kurasi/koleksi", layout = CurationLayout.class)
@RolesAllowed({"CURATOR", "ADMIN"})
class CollectionsView extends Div implements HasDynamicTitle {

    private final Featuring featuring;
    private final Regions regions;
    final Feedback feedback = new Feedback();
    final TextField slug = new TextField();
    final TextField titleId = new TextField();
    final TextField titleEn = new TextField();
    final Checkbox onHome = new Checkbox();
    final ComboBox<Regency> regency = new ComboBox<>();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final TextArea skus = new TextArea();
    private final Div list = new Div();

    CollectionsView(Featuring featuring, Regions regions) {
        this.featuring = featuring;
        this.regions = regions;
        addClassNames("curation", "collections");
        slug.setLabel(getTranslation("curation.collection.slug"));
        slug.setHelperText(getTranslation("curation.collection.slug-help"));
        titleId.setLabel(getTranslation("curation.collection.title-id"));
        titleEn.setLabel(getTranslation("curation.collection.title-en"));
        onHome.setLabel(getTranslation("curation.collection.on-home"));
        regency.setLabel(getTranslation("curation.collection.regency"));
        regency.setItems(regions.regencies());
        regency.setItemLabelGenerator(Regency::name);
        regency.setClearButtonVisible(true);
        startsOn.setLabel(getTranslation("curation.collection.starts"));
        endsOn.setLabel(getTranslation("curation.collection.ends"));
        skus.setLabel(getTranslation("curation.collection.skus"));
        skus.setHelperText(getTranslation("curation.collection.skus-help"));
        skus.setWidthFull();
        var save = new Button(getTranslation("curation.action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var clear = new Button(getTranslation("curation.collection.new"), e -> load(null));
        var names = new Div(slug, titleId, titleEn);
        names.addClassName("form-row");
        var place = new Div(onHome, regency, startsOn, endsOn);
        place.addClassName("form-row");
        var form = new Div(names, place, skus, new Div(save, clear));
        form.addClassName("form");
        list.addClassName("review-list");
        add(new H1(getTranslation("curation.collection.title")), feedback, form,
                new H2(getTranslation("curation.collection.saved")), list);
        refresh();
    }

    private void save() {
        feedback.run(() -> featuring.save(new CollectionForm(slug.getValue(), titleId.getValue(), titleEn.getValue(),
                        onHome.getValue(), regency.getValue() == null ? null : regency.getValue().id(),
                        startsOn.getValue(), endsOn.getValue(), Arrays.asList(skus.getValue().split("[\\s,;]+")))),
                getTranslation("curation.done.collection", titleId.getValue()));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var collections = featuring.collections();
        if (collections.isEmpty()) {
            list.add(new Paragraph(getTranslation("curation.collection.none")));
        }
        for (CollectionForm c : collections) {
            var card = new Div();
            card.addClassName("review-item");
            card.getElement().setAttribute("data-collection", c.slug());
            String place = (c.onHome() ? getTranslation("curation.collection.home") : "")
                    + (c.regencyId() == null ? "" : (c.onHome() ? " · " : "") + regions.regency(c.regencyId()).name());
            String dates = (c.startsOn() == null ? "…" : c.startsOn().toString()) + " – "
                    + (c.endsOn() == null ? "…" : c.endsOn().toString());
            var page = new Anchor("/koleksi/" + c.slug(), "/koleksi/" + c.slug());
            var edit = new Button(getTranslation("curation.action.edit"), e -> load(c));
            var delete = new Button(getTranslation("curation.action.delete"), e -> {
                feedback.run(() -> featuring.delete(c.slug()), getTranslation("curation.done.deleted", c.titleId()));
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            card.add(new H3(c.titleId() + " / " + c.titleEn()), new Paragraph(place + " · " + dates + " · "
                    + getTranslation("curation.collection.count", c.skus().size())), page, new Div(edit, delete));
            list.add(card);
        }
    }

    private void load(CollectionForm c) {
        slug.setValue(c == null ? "" : c.slug());
        titleId.setValue(c == null ? "" : c.titleId());
        titleEn.setValue(c == null ? "" : c.titleEn());
        onHome.setValue(c != null && c.onHome());
        regency.setValue(c == null || c.regencyId() == null ? null : regions.regency(c.regencyId()));
        startsOn.setValue(c == null ? null : c.startsOn());
        endsOn.setValue(c == null ? null : c.endsOn());
        skus.setValue(c == null ? "" : String.join("\n", c.skus()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.collection.title") + " · NTT Mart";
    }
}
