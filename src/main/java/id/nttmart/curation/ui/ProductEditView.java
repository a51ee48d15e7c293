package id.nttmart.curation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.Category;
import id.nttmart.catalog.Licence;
import id.nttmart.catalog.LicenceType;
import id.nttmart.catalog.Product;
import id.nttmart.catalog.ProductEdits;
import id.nttmart.catalog.ProductStatus;
import id.nttmart.curation.NoSuchProductException;
import id.nttmart.curation.ProductEditing;
import id.nttmart.curation.Review;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * Edits one product of the curator's regencies at {@code /kurasi/produk/{sku}}: texts in both languages
 * (descriptions as simple HTML, cleaned on save), price, category, licences with their expiry, alcohol, and the
 * photograph (PNG, JPEG or WebP up to 2 MB).
 */
@Route(value = "kurasi/produk/:sku", layout = CurationLayout.class)
@RolesAllowed({"CURATOR", "ADMIN"})
class ProductEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProductEditing editing;
    private final Review review;
    private final Catalog catalog;
    final Feedback feedback = new Feedback();
    final TextField nameId = new TextField();
    final TextField nameEn = new TextField();
    final TextArea descriptionId = new TextArea();
    final TextArea descriptionEn = new TextArea();
    final IntegerField price = new IntegerField();
    final Select<Category> category = new Select<>();
    final Checkbox alcohol = new Checkbox();
    private final Div licences = new Div();
    private final List<LicenceRow> licenceRows = new ArrayList<>();
    private String sku = "";

    ProductEditView(ProductEditing editing, Review review, Catalog catalog) {
        this.editing = editing;
        this.review = review;
        this.catalog = catalog;
        addClassNames("curation", "product-edit");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sku = event.getRouteParameters().get("sku").orElse("");
        Product product;
        try {
            product = editing.open(sku);
        } catch (NoSuchProductException e) {
            throw new NotFoundException();
        } catch (AccessDeniedException e) {
            removeAll();
            add(new H1(sku), new Paragraph(getTranslation("curation.error.forbidden")));
            return;
        }
        build(product);
    }

    private void build(Product product) {
        removeAll();
        licenceRows.clear();
        licences.removeAll();
        nameId.setLabel(getTranslation("curation.edit.name-id"));
        nameEn.setLabel(getTranslation("curation.edit.name-en"));
        descriptionId.setLabel(getTranslation("curation.edit.description-id"));
        descriptionEn.setLabel(getTranslation("curation.edit.description-en"));
        descriptionId.setHelperText(getTranslation("curation.edit.description-help"));
        descriptionEn.setHelperText(getTranslation("curation.edit.description-help"));
        price.setLabel(getTranslation("curation.edit.price"));
        price.setMin(1);
        category.setLabel(getTranslation("curation.edit.category"));
        category.setItems(catalog.categories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        alcohol.setLabel(getTranslation("curation.edit.alcohol"));
        for (var field : List.of(nameId, nameEn)) {
            field.setMaxLength(200);
            field.setWidthFull();
        }
        descriptionId.setWidthFull();
        descriptionEn.setWidthFull();
        nameId.setValue(product.nameId());
        nameEn.setValue(product.nameEn());
        descriptionId.setValue(product.descriptionId());
        descriptionEn.setValue(product.descriptionEn());
        price.setValue((int) Math.min(Integer.MAX_VALUE, product.priceIdr()));
        catalog.category(product.categoryCode()).ifPresent(category::setValue);
        alcohol.setValue(product.alcohol());
        product.licences().forEach(this::addLicenceRow);
        var addLicence = new Button(getTranslation("curation.edit.add-licence"), e -> addLicenceRow(null));
        var save = new Button(getTranslation("curation.action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var picture = new Image(product.imagePath(0), product.nameId());
        picture.addClassName("thumb");
        picture.setWidth("160px");
        UI ui = UI.getCurrent();
        // The upload arrives on its own request (signed in as the curator); the view changes under the UI's lock.
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            feedback.run(() -> editing.putImage(sku, bytes), getTranslation("curation.done.image"));
            picture.setSrc(product.imagePath(0) + "?v=" + System.nanoTime());
        })));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp");
        upload.setMaxFileSize(ProductEditing.MAX_IMAGE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> feedback.error(getTranslation("curation.error.image_type")));

        var texts = new Div(nameId, nameEn, descriptionId, descriptionEn);
        texts.addClassName("form");
        var facts = new Div(price, category, alcohol);
        facts.addClassName("form-row");
        var status = new Paragraph(getTranslation("curation.edit.status." + product.status().name()));
        status.addClassName("status");
        var actions = new Div(save);
        actions.addClassName("actions");
        if (product.status() != ProductStatus.LISTED) {
            // A product delisted (its licence expired) or rejected is listed again once its licences allow it.
            actions.add(new Button(getTranslation("curation.action.approve"), e -> {
                feedback.run(() -> review.approve(sku), getTranslation("curation.done.approved", product.nameId()));
                if (!feedback.hasClassName("error")) {
                    String done = getTranslation("curation.done.approved", product.nameId());
                    build(editing.open(sku));
                    feedback.ok(done);
                }
            }));
        }
        add(new H1(product.nameId() + " · " + product.sku()), status, feedback, texts, facts,
                new H2(getTranslation("curation.edit.licences")), licences, addLicence,
                new H2(getTranslation("curation.edit.image")), picture, upload, actions);
    }

    private void addLicenceRow(Licence licence) {
        var row = new LicenceRow(licence);
        licenceRows.add(row);
        licences.add(row);
    }

    private void save() {
        feedback.run(() -> {
            List<Licence> held = licenceRows.stream().filter(r -> r.getParent().isPresent())
                    .map(LicenceRow::licence).filter(l -> l != null).toList();
            if (category.getValue() == null || price.getValue() == null) {
                throw new IllegalArgumentException(getTranslation("curation.edit.required"));
            }
            editing.save(sku, new ProductEdits.Details(nameId.getValue(), nameEn.getValue(), descriptionId.getValue(),
                    descriptionEn.getValue(), category.getValue().code(), price.getValue()), held, alcohol.getValue());
        }, getTranslation("curation.done.saved"));
        if (!feedback.hasClassName("error")) {
            build(editing.open(sku));
            feedback.ok(getTranslation("curation.done.saved"));
        }
    }

    /** One licence: type, number and expiry date; an empty number leaves it out. */
    private class LicenceRow extends Div {

        final Select<LicenceType> type = new Select<>();
        final TextField number = new TextField();
        final DatePicker expires = new DatePicker();

        LicenceRow(Licence licence) {
            addClassNames("form-row", "licence-row");
            type.setLabel(getTranslation("curation.edit.licence-type"));
            type.setItems(LicenceType.values());
            type.setValue(licence == null ? LicenceType.PIRT : licence.type());
            number.setLabel(getTranslation("curation.edit.licence-number"));
            number.setMaxLength(80);
            number.setValue(licence == null ? "" : licence.number());
            expires.setLabel(getTranslation("curation.edit.licence-expiry"));
            expires.setValue(licence == null ? null : licence.expiresOn());
            var remove = new Button(getTranslation("curation.edit.remove"), e -> removeFromParent());
            add(type, number, expires, remove);
        }

        Licence licence() {
            return number.getValue().isBlank() ? null
                    : new Licence(type.getValue(), number.getValue(), expires.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.edit.title", sku) + " · NTT Mart";
    }
}
