package id.nttmart.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.Product;
import id.nttmart.inventory.Inventory;
import id.nttmart.platform.Rupiah;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regions;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A product's page, read from PostgreSQL: who made it and where, its licences, and which outlets hold it. */
@Route(value = "product/:sku", layout = MainLayout.class)
@AnonymousAllowed
class ProductView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final Inventory inventory;
    private final Regions regions;
    private String title = "";

    ProductView(Catalog catalog, Inventory inventory, Regions regions) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.regions = regions;
        addClassName("product");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String sku = event.getRouteParameters().get("sku").orElse("");
        Product product = catalog.findListedBySku(sku).orElseThrow(NotFoundException::new);
        removeAll();
        var locale = getLocale();
        title = product.name(locale);
        var regency = regions.regency(product.regencyId());
        var category = catalog.category(product.categoryCode()).orElseThrow();

        var image = new Image(product.imagePath(0), title);
        image.addClassName("product-image");
        image.getElement().setAttribute("width", "400");
        image.getElement().setAttribute("height", "400");

        var price = new Span(Rupiah.format(product.priceIdr()));
        price.addClassName("price");
        var facts = new UnorderedList(
                fact("product.producer", product.producer().name()),
                fact("product.origin", product.origin() + " · " + regency.name() + ", " + regency.island()),
                fact("product.program", getTranslation("program." + product.program().name())),
                fact("product.category", category.name(locale)),
                fact("product.weight", getTranslation("product.grams", product.weightGrams())));
        facts.addClassName("facts");
        if (!product.licences().isEmpty()) {
            facts.add(fact("product.licences", product.licences().stream()
                    .map(l -> l.type().name() + " " + l.number()).collect(Collectors.joining(", "))));
        }
        var info = new Div(new H1(title), price, facts);
        if (product.alcohol()) {
            var adult = new Paragraph(getTranslation("product.alcohol"));
            adult.addClassName("notice");
            info.add(adult);
        }
        info.add(new Paragraph(product.description(locale)));
        info.addClassName("info");
        var main = new Div(image, info);
        main.addClassName("product-main");
        add(main, availability(product));
    }

    private Div availability(Product product) {
        Map<Long, Outlet> outlets = regions.outlets().stream().collect(Collectors.toMap(Outlet::id,
                Function.identity()));
        var list = new UnorderedList();
        inventory.stockOf(product.id()).stream().filter(s -> s.available() > 0).forEach(s -> list.add(
                new ListItem(getTranslation("product.available-at", outlets.get(s.outletId()).name(), s.available()))));
        var section = new Div(new H2(getTranslation("product.availability")));
        section.add(list.getChildren().findAny().isPresent() ? list
                : new Paragraph(getTranslation("product.out-of-stock")));
        section.addClassName("section");
        return section;
    }

    private ListItem fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        return new ListItem(label, new Span(value));
    }

    @Override
    public String getPageTitle() {
        return title + " · NTT Mart";
    }
}
