package id.nttmart.storefront;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.RichText;
import id.nttmart.catalog.Product;
import id.nttmart.catalog.ProductListings;
import id.nttmart.inventory.Inventory;
import id.nttmart.platform.Rupiah;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regions;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A product's page at {@code /produk/{slug}}, read from PostgreSQL: gallery, who made it and where, licences,
 * which outlets hold it, related products. The page shell already painted a light copy ({@link FirstPaint}); the
 * layout removes it when it attaches.
 */
@Route(value = "produk/:slug", layout = MainLayout.class)
@AnonymousAllowed
class ProductView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int RELATED = 8;

    private final Catalog catalog;
    private final ProductListings listings;
    private final Inventory inventory;
    private final Regions regions;
    private String title = "";

    ProductView(Catalog catalog, ProductListings listings, Inventory inventory, Regions regions) {
        this.catalog = catalog;
        this.listings = listings;
        this.inventory = inventory;
        this.regions = regions;
        addClassName("product");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        var found = catalog.findListedBySlug(slug);
        if (found.isEmpty()) {
            // A link made from the SKU (older search results): forward to the product's own address.
            var bySku = catalog.findListedBySku(slug).orElseThrow(NotFoundException::new);
            event.forwardTo(ProductView.class, new RouteParameters("slug", bySku.slug()));
            return;
        }
        show(found.get());
    }

    private void show(Product product) {
        removeAll();
        var locale = getLocale();
        title = product.name(locale);
        var regency = regions.regency(product.regencyId());
        var category = catalog.category(product.categoryCode()).orElseThrow();

        var price = new Span(Rupiah.format(product.priceIdr()));
        price.addClassName("price");
        var place = new Anchor("/kabupaten/" + regency.slug(), regency.name() + " · " + regency.island());
        place.addClassName("place");
        int available = inventory.stockOf(product.id()).stream().mapToInt(s -> Math.max(0, s.available())).sum();
        var buy = new BuyBox(product.sku(), title, available);

        var producer = product.producer();
        var facts = new UnorderedList(
                fact("product.producer", producer.name() + " ("
                        + getTranslation("producer.kind." + producer.kind().name()) + ")"),
                fact("product.origin", product.origin() + ", " + regency.name() + ", " + regency.island()),
                fact("product.program", getTranslation("program." + product.program().name())),
                fact("product.category", new Anchor("/kategori/" + category.code(), category.name(locale))),
                fact("product.weight", getTranslation("product.grams", product.weightGrams())));
        facts.addClassName("facts");
        if (!product.licences().isEmpty()) {
            var licences = new UnorderedList();
            licences.addClassName("licences");
            product.licences().forEach(l -> licences.add(new ListItem(
                    getTranslation("licence." + l.type().name()) + " " + l.number())));
            facts.add(fact("product.licences", licences));
        }
        var info = new Div(new H1(title), price, place, buy, facts);
        if (product.alcohol()) {
            var adult = new Paragraph(getTranslation("product.alcohol"));
            adult.addClassName("notice");
            info.add(adult);
        }
        // Rich text, cleaned again on the way out: no script or event attribute reaches the page.
        var description = new Div();
        description.getElement().setProperty("innerHTML", RichText.safe(product.description(locale)));
        description.addClassName("description");
        info.add(description);
        info.addClassName("info");
        var main = new Div(new Gallery(product, catalog.imagePositions(product.id()), title), info);
        main.addClassName("product-main");
        add(main, availability(product), related(product, locale));
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

    private Div related(Product product, Locale locale) {
        var cards = new Div();
        cards.addClassName("cards");
        listings.relatedTo(product, RELATED).forEach(p -> cards.add(
                new ListingCard(p, regions.regency(p.regencyId()), locale)));
        var section = new Div(new H2(getTranslation("product.related")), cards);
        section.addClassName("section");
        section.addClassName("related");
        section.setVisible(cards.getChildren().findAny().isPresent());
        return section;
    }

    private ListItem fact(String labelKey, String value) {
        return fact(labelKey, new Span(value));
    }

    private ListItem fact(String labelKey, com.vaadin.flow.component.Component value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        return new ListItem(label, value);
    }

    @Override
    public String getPageTitle() {
        return title + " · NTT Mart";
    }
}
