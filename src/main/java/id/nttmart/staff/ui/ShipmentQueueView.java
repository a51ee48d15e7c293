package id.nttmart.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.nttmart.region.Outlet;
import id.nttmart.security.BackOfficeAccess;
import id.nttmart.staff.OutletBroadcaster;
import id.nttmart.staff.QueueState;
import id.nttmart.staff.ShipmentNotFoundException;
import id.nttmart.staff.StaffOutlets;
import id.nttmart.staff.StaffShipment;
import id.nttmart.staff.StaffShipments;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code /staf}: the shipment queue of the staff member's outlets, one tab per state, a card per shipment with its
 * lines, buyer, delivery or pickup, routing reason and the button for its next step. A newly paid shipment appears
 * without reloading (server push). Cards, not a grid, so it reads on a 360 px phone and a counter tablet alike.
 */
@Route("staf")
@RolesAllowed({"OUTLET_STAFF", "ADMIN"})
class ShipmentQueueView extends Div implements HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Makassar"));

    final StaffShipments shipments;
    final Tabs tabs = new Tabs();
    final Map<QueueState, Tab> tabByState = new EnumMap<>(QueueState.class);
    final Div cards = new Div();
    final Select<Outlet> outletFilter = new Select<>();
    QueueState state = QueueState.NEW;

    ShipmentQueueView(StaffShipments shipments, StaffOutlets outlets, BackOfficeAccess access,
            OutletBroadcaster broadcaster) {
        this.shipments = shipments;
        addClassName("staff");
        var stock = new RouterLink(getTranslation("staff.nav.stock"), StockDeskView.class);
        var header = new Div(new H1(getTranslation("staff.queue.title")), stock);
        header.addClassName("staff-header");
        add(header);

        List<Outlet> mine = outlets.mine();
        if (mine.size() == 1) {
            add(new Paragraph(mine.getFirst().name()));
        } else {
            outletFilter.setLabel(getTranslation("staff.outlet"));
            outletFilter.setItems(mine);
            outletFilter.setItemLabelGenerator(Outlet::name);
            outletFilter.setEmptySelectionAllowed(true);
            outletFilter.setEmptySelectionCaption(getTranslation("staff.outlet.all"));
            outletFilter.addValueChangeListener(e -> refresh());
            add(outletFilter);
        }

        for (QueueState s : QueueState.values()) {
            var tab = new Tab();
            tab.setId("tab-" + s.name());
            tabByState.put(s, tab);
            tabs.add(tab);
        }
        tabs.addClassName("staff-tabs");
        tabs.addSelectedChangeListener(e -> {
            state = tabByState.entrySet().stream().filter(t -> t.getValue() == e.getSelectedTab()).findFirst()
                    .orElseThrow().getKey();
            refresh();
        });
        cards.addClassName("staff-cards");
        add(tabs, cards);
        refresh();
        StaffSession.listen(this, access, broadcaster, () -> {
            refresh();
            var note = Notification.show(getTranslation("staff.queue.arrived"), 5000, Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
            note.addClassName("staff-arrived");
        });
    }

    void refresh() {
        @Nullable Long outlet = outletFilter.getValue() == null ? null : outletFilter.getValue().id();
        shipments.counts(outlet).forEach((s, n) -> tabByState.get(s)
                .setLabel(getTranslation("staff.state." + s.name()) + " (" + n + ")"));
        cards.removeAll();
        List<StaffShipment> list = shipments.queue(state, outlet);
        if (list.isEmpty()) {
            var empty = new Paragraph(getTranslation("staff.queue.empty"));
            empty.addClassName("staff-empty");
            cards.add(empty);
        }
        list.forEach(s -> cards.add(card(s)));
    }

    private Component card(StaffShipment s) {
        var card = new Div();
        card.addClassName("staff-shipment");
        card.getElement().setAttribute("data-order", s.orderNumber());
        card.getElement().setAttribute("data-state", s.state().name());
        var title = new H3(s.orderNumber());
        var paid = new Span(getTranslation("staff.paid.at", TIME.format(s.paidAt())));
        paid.addClassName("staff-paid");
        card.add(title, paid);
        card.add(line("staff.buyer", s.buyerName() + " · " + s.buyerPhone(), "staff-buyer"));
        card.add(s.pickup() ? line("staff.delivery", getTranslation("staff.delivery.pickup", s.outletName()),
                "staff-delivery") : line("staff.delivery", getTranslation("staff.delivery.ship", s.address()),
                "staff-delivery"));
        card.add(line("staff.routing", getTranslation("checkout.reason." + s.routingReason()), "staff-routing"));
        if (s.courier() != null) {
            card.add(line("staff.courier", s.courier() + " · " + s.trackingNumber(), "staff-courier"));
        }
        if (s.rejectionReason() != null) {
            card.add(line("staff.rejected.reason", s.rejectionReason(), "staff-rejection"));
        }
        var lines = new UnorderedList();
        lines.addClassName("staff-lines");
        s.lines().forEach(l -> {
            var item = new ListItem();
            var qty = new Span(l.quantity() + " ×");
            qty.addClassName("qty");
            var sku = new Span(l.sku());
            sku.addClassName("sku");
            item.add(qty, new Span(" " + l.name() + " "), sku);
            lines.add(item);
        });
        card.add(lines);
        card.add(actions(s));
        return card;
    }

    private Paragraph line(String label, String text, String className) {
        var p = new Paragraph();
        var l = new Span(getTranslation(label) + ": ");
        l.addClassName("label");
        p.add(l, new Span(text));
        p.addClassName(className);
        return p;
    }

    private Component actions(StaffShipment s) {
        var actions = new HorizontalLayout();
        actions.addClassName("staff-actions");
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        switch (s.state()) {
            case NEW -> actions.add(primary("staff.action.picking", "step-picking",
                    () -> shipments.startPicking(s.id())));
            case PICKING -> actions.add(primary("staff.action.packed", "step-packed", () -> shipments.packed(s.id())));
            case PACKED -> {
                if (s.pickup()) {
                    actions.add(primary("staff.action.ready", "step-ready", () -> shipments.readyForPickup(s.id())));
                } else {
                    var ship = new Button(getTranslation("staff.action.ship"), e -> StepDialogs.courier(this, s,
                            (courier, tracking) -> run(() -> shipments.shipped(s.id(), courier, tracking))));
                    ship.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    ship.addClassName("step-ship");
                    actions.add(ship);
                }
            }
            case SHIPPED -> actions.add(primary("staff.action.delivered", "step-delivered",
                    () -> shipments.delivered(s.id())));
            case READY_FOR_PICKUP -> {
                var handOver = new Button(getTranslation("staff.action.pickedup"),
                        e -> StepDialogs.pickupCode(this, s, code -> {
                            try {
                                boolean ok = shipments.pickedUp(s.id(), code);
                                if (ok) {
                                    Notification.show(getTranslation("staff.done"));
                                    refresh();
                                }
                                return ok;
                            } catch (RuntimeException ex) {
                                failed(ex);
                                return true;
                            }
                        }));
                handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                handOver.addClassName("step-pickedup");
                actions.add(handOver);
            }
            default -> {
            }
        }
        if (s.state() == QueueState.NEW || s.state() == QueueState.PICKING || s.state() == QueueState.PACKED) {
            var reject = new Button(getTranslation("staff.action.reject"),
                    e -> StepDialogs.reject(this, s, reason -> run(() -> shipments.reject(s.id(), reason))));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            reject.addClassName("step-reject");
            actions.add(reject);
        }
        var slip = new Anchor("staf/slip/" + s.id(), getTranslation("staff.action.slip"));
        slip.setTarget(AnchorTarget.BLANK);
        slip.addClassName("staff-slip-link");
        actions.add(slip);
        return actions;
    }

    private Button primary(String key, String className, Supplier<?> step) {
        var button = new Button(getTranslation(key), e -> run(step));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName(className);
        button.setDisableOnClick(true);
        return button;
    }

    private void run(Supplier<?> step) {
        try {
            step.get();
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        Notification.show(getTranslation("staff.done"));
        refresh();
    }

    private void failed(RuntimeException e) {
        String key = e instanceof ShipmentNotFoundException ? "staff.error.gone"
                : e instanceof IllegalArgumentException ? "staff.error.input" : "staff.error.moved";
        var note = Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.queue.title") + " · NTT Mart";
    }
}
