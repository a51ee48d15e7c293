package id.nttmart.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.nttmart.inventory.StockBelowReservedException;
import id.nttmart.platform.Rupiah;
import id.nttmart.region.Outlet;
import id.nttmart.staff.StaffOutlets;
import id.nttmart.staff.StockDesk;
import id.nttmart.staff.StockItem;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;

/**
 * {@code /staf/stok}: an outlet's stock desk. Search its products by SKU or name as you type, show only low stock,
 * and per product receive a producer's delivery, record a count or adjust with a reason, with its latest movements.
 */
@Route("staf/stok")
@RolesAllowed({"OUTLET_STAFF", "ADMIN"})
class StockDeskView extends Div implements HasDynamicTitle {

    final StockDesk desk;
    final Select<Outlet> outlet = new Select<>();
    final TextField search = new TextField();
    final Checkbox lowOnly = new Checkbox();
    final Grid<StockItem> grid = new Grid<>();

    StockDeskView(StockDesk desk, StaffOutlets outlets) {
        this.desk = desk;
        addClassNames("staff", "stock-desk");
        var header = new Div(new H1(getTranslation("staff.stock.title")),
                new RouterLink(getTranslation("staff.nav.queue"), ShipmentQueueView.class));
        header.addClassName("staff-header");
        add(header);
        var mine = outlets.mine();
        outlet.setLabel(getTranslation("staff.outlet"));
        outlet.setItems(mine);
        outlet.setItemLabelGenerator(Outlet::name);
        if (!mine.isEmpty()) {
            outlet.setValue(mine.getFirst());
        }
        outlet.setVisible(mine.size() > 1);
        outlet.addValueChangeListener(e -> refresh());
        search.setId("stock-search");
        search.setPlaceholder(getTranslation("staff.stock.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(250);
        search.addValueChangeListener(e -> refresh());
        search.setWidthFull();
        lowOnly.setLabel(getTranslation("staff.stock.low", StockDesk.LOW_STOCK));
        lowOnly.setId("stock-low");
        lowOnly.addValueChangeListener(e -> refresh());
        // Name and SKU share a column, so the three numbers fit beside them on a 360 px phone.
        grid.addComponentColumn(i -> {
            var sku = new Span(i.sku());
            sku.addClassName("sku");
            var price = new Span(Rupiah.format(i.priceIdr()));
            price.addClassName("price");
            var product = new Div(new Span(i.name()), sku, price);
            product.addClassName("stock-product");
            return product;
        }).setHeader(getTranslation("staff.slip.product")).setFlexGrow(1);
        grid.addColumn(StockItem::onHand).setHeader(getTranslation("staff.stock.onhand")).setAutoWidth(true);
        grid.addColumn(StockItem::reserved).setHeader(getTranslation("staff.stock.reserved")).setAutoWidth(true);
        grid.addColumn(StockItem::available).setHeader(getTranslation("staff.stock.available")).setAutoWidth(true)
                .setPartNameGenerator(i -> i.available() <= StockDesk.LOW_STOCK ? "low" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setHeight("60vh");
        grid.setId("stock-grid");
        add(outlet, search, lowOnly, grid);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("staff.stock.nooutlet")));
        } else {
            refresh();
        }
    }

    void refresh() {
        if (outlet.getValue() == null) {
            grid.setItems();
            return;
        }
        grid.setItems(desk.search(outlet.getValue().id(), search.getValue(), lowOnly.getValue(), 200));
    }

    void open(StockItem item) {
        var dialog = new Dialog();
        dialog.addClassName("stock-dialog");
        dialog.setHeaderTitle(item.sku() + " · " + item.name());
        var now = new Paragraph(getTranslation("staff.stock.now", item.onHand(), item.reserved(), item.available()));
        now.addClassName("stock-now");

        var units = new IntegerField(getTranslation("staff.stock.units"));
        units.setId("receive-units");
        units.setMin(1);
        var note = new TextField(getTranslation("staff.stock.note"));
        note.setId("receive-note");
        var receive = button("staff.stock.receive", "stock-receive", dialog,
                () -> desk.receive(item.outletId(), item.sku(), value(units), note.getValue()));

        var counted = new IntegerField(getTranslation("staff.stock.counted"));
        counted.setId("count-units");
        counted.setMin(0);
        var count = button("staff.stock.count", "stock-count", dialog,
                () -> desk.count(item.outletId(), item.sku(), value(counted), null));

        var delta = new IntegerField(getTranslation("staff.stock.delta"));
        delta.setId("adjust-delta");
        delta.setHelperText(getTranslation("staff.stock.delta.help"));
        var reason = new TextField(getTranslation("staff.stock.reason"));
        reason.setId("adjust-reason");
        reason.setRequired(true);
        var adjust = button("staff.stock.adjust", "stock-adjust", dialog,
                () -> desk.adjust(item.outletId(), item.sku(), value(delta), reason.getValue()));

        var moves = new Div();
        moves.addClassName("stock-moves");
        desk.movements(item.outletId(), item.sku(), 8).forEach(m -> {
            var row = new Span(ShipmentQueueView.TIME.format(m.at()) + " · " + getTranslation("staff.move." + m.kind())
                    + " " + signed(m.onHandDelta()) + " · " + m.actor() + (m.reason().isBlank() ? "" : " · "
                    + m.reason()));
            moves.add(row);
        });
        var body = new VerticalLayout(now, new H4(getTranslation("staff.stock.receive")), units, note, receive,
                new H4(getTranslation("staff.stock.count")), counted, count,
                new H4(getTranslation("staff.stock.adjust")), delta, reason, adjust,
                new H4(getTranslation("staff.stock.moves")), moves);
        body.setPadding(false);
        dialog.add(body);
        var close = new Button(getTranslation("staff.dialog.cancel"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static int value(IntegerField field) {
        if (field.getValue() == null) {
            throw new IllegalArgumentException("no number");
        }
        return field.getValue();
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }

    private Button button(String key, String className, Dialog dialog, Supplier<StockItem> action) {
        var button = new Button(getTranslation(key), e -> {
            try {
                var after = action.get();
                Notification.show(getTranslation("staff.stock.saved", after.sku(), after.onHand(),
                        after.available()));
                dialog.close();
                refresh();
            } catch (StockBelowReservedException ex) {
                error("staff.stock.belowreserved");
            } catch (IllegalArgumentException ex) {
                error("staff.error.input");
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName(className);
        return button;
    }

    private void error(String key) {
        var note = Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.stock.title") + " · NTT Mart";
    }
}
