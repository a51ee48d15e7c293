package id.nttmart.ordering;

import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.Sellable;
import id.nttmart.catalog.ProductStatus;
import id.nttmart.inventory.HoldResult;
import id.nttmart.inventory.Inventory;
import id.nttmart.inventory.Reservations;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regions;
import id.nttmart.routing.OrderLine;
import id.nttmart.routing.Shipment;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * From a cart to an order waiting for payment: checks what the buyer sent, prices it from the catalogue (never from
 * the request), applies the restricted-goods rules, quotes delivery from the rate table, holds the stock at the
 * outlets the routing rules choose and stores the order, waiting for payment through its pay link.
 */
@Service
public class Checkout {

    private final Catalog catalog;
    private final Regions regions;
    private final Inventory inventory;
    private final Reservations reservations;
    private final ShippingRates rates;
    private final OrderStore orders;
    private final OrderViews views;
    private final OrderMails mails;
    private final TransactionTemplate transactions;
    private final OrderTelemetry telemetry;
    private final Duration holdTtl;
    private final Clock clock = Clock.systemUTC();

    Checkout(Catalog catalog, Regions regions, Inventory inventory, Reservations reservations, ShippingRates rates,
            OrderStore orders, OrderViews views, OrderMails mails, TransactionTemplate transactions,
            OrderTelemetry telemetry, @Value("${nttmart.orders.hold-ttl:PT35M}") Duration holdTtl) {
        this.catalog = catalog;
        this.regions = regions;
        this.inventory = inventory;
        this.reservations = reservations;
        this.rates = rates;
        this.orders = orders;
        this.views = views;
        this.mails = mails;
        this.transactions = transactions;
        this.telemetry = telemetry;
        this.holdTtl = holdTtl;
    }

    /** A quote, or what is wrong with the lines or the delivery choice. */
    public sealed interface QuoteResult {
        record Quoted(Quote quote) implements QuoteResult {}

        record Invalid(List<FieldError> errors) implements QuoteResult {}
    }

    /** What this order would cost and how it would travel, if placed now. Holds nothing. */
    public QuoteResult quote(List<PlaceOrder.Line> lines, DeliveryChoice delivery, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        var merged = OrderChecks.mergedLines(lines, errors);
        var products = products(merged, errors);
        var target = Target.of(delivery, regions);
        if (target instanceof Target.Result.Wrong wrong) {
            errors.add(wrong.error());
        }
        if (!errors.isEmpty()) {
            return new QuoteResult.Invalid(errors);
        }
        Target to = ((Target.Result.Found) target).target();
        var plan = reservations.preview(orderLines(merged, products), to.destination());
        return new QuoteResult.Quoted(quote(plan.shipments(), plan.unfillable(), products, to, locale));
    }

    /** Outlets where the whole order can be picked up now, nearest stock first; the others after, marked. */
    public List<PickupOutlet> pickupOutlets(List<PlaceOrder.Line> lines) {
        var products = products(OrderChecks.mergedLines(lines, new ArrayList<>()), new ArrayList<>());
        var available = inventory.availableByOutlet(products.values().stream().map(p -> p.product().id()).toList());
        return regions.outlets().stream().map(outlet -> {
            var units = available.getOrDefault(outlet.id(), Map.of());
            boolean all = products.values().stream()
                    .allMatch(p -> units.getOrDefault(p.product().id(), 0) >= p.quantity());
            var regency = regions.regency(outlet.regencyId());
            return new PickupOutlet(outlet.code(), outlet.name(), regency.name(), regency.island(), outlet.address(),
                    outlet.openingHours(), all);
        }).sorted((a, b) -> Boolean.compare(b.hasEverything(), a.hasEverything())).toList();
    }

    /** An outlet a buyer may choose for pickup. */
    public record PickupOutlet(String code, String name, String regency, String island, String address,
            String openingHours, boolean hasEverything) {}

    /** Checks, prices, holds and stores the order; its pay link opens the gateway's page. */
    public PlaceResult place(PlaceOrder request) {
        var checked = OrderChecks.check(request);
        if (checked instanceof OrderChecks.Outcome.Invalid invalid) {
            return new PlaceResult.Invalid(invalid.errors());
        }
        PlaceOrder order = ((OrderChecks.Outcome.Valid) checked).order();
        List<FieldError> errors = new ArrayList<>();
        var products = products(order.lines(), errors);
        var target = Target.of(order.delivery(), regions);
        if (target instanceof Target.Result.Wrong wrong) {
            errors.add(wrong.error());
        }
        if (!errors.isEmpty()) {
            return new PlaceResult.Invalid(errors);
        }
        Target to = ((Target.Result.Found) target).target();
        errors.addAll(RestrictedGoods.check(products.values().stream().map(Priced::product).toList(), to,
                order.ageConfirmed()));
        if (!errors.isEmpty()) {
            return new PlaceResult.Invalid(errors);
        }
        var lines = orderLines(order.lines(), products);
        var held = reservations.hold(lines, to.destination(), holdTtl, "checkout");
        if (held instanceof HoldResult.Unavailable unavailable) {
            telemetry.shortOfStock(unavailable.lines().size());
            return new PlaceResult.Short(shortLines(unavailable.lines(), products, to));
        }
        var hold = ((HoldResult.Held) held).hold();
        var shipments = hold.shipments().stream()
                .map(s -> new Shipment(s.outletId(), s.lines(), s.reason())).toList();
        Quote quote = quote(shipments, List.of(), products, to, order.locale());
        String token = Tokens.newToken();
        var priced = new ArrayList<>(products.values());
        var lineViews = priced.stream().map(p -> p.line(order.locale())).toList();
        var row = new StoredOrder(0, "", OrderStatus.PENDING_PAYMENT, hold.id(), order.userId(), order.buyer(),
                order.locale(), to.pickupOutlet() == null ? null : to.pickupOutlet().id(),
                order.delivery() instanceof DeliveryChoice.Ship ship ? ship.address() : null, quote.zone(),
                order.ageConfirmed(), quote.subtotalIdr(), quote.shippingIdr(), quote.totalIdr(), token, null, null,
                clock.instant(), null, order.siteBase());
        Map<Long, OrderView.Line> byProduct = new LinkedHashMap<>();
        priced.forEach(p -> byProduct.put(p.product().id(), p.line(order.locale())));
        StoredOrder stored;
        try {
            // The order and the mail telling of it commit together (one commit, and never one without the other).
            stored = transactions.execute(tx -> {
                Object[] placed = orders.insert(row, lineViews, priced.stream().map(p -> p.product().id()).toList(),
                        priced.stream().map(p -> p.product().weightGrams()).toList());
                StoredOrder inserted = row.placedAs((Long) placed[0], (String) placed[1]);
                mails.placed(inserted, byProduct.values(), holdTtl.toMinutes());
                return inserted;
            });
        } catch (RuntimeException failed) {
            reservations.release(hold.id(), "checkout", "the order could not be stored");
            throw failed;
        }
        telemetry.placed(stored, shipments.size());
        return new PlaceResult.Placed(views.placed(stored, byProduct, hold), token, Links.payment(stored.number(), token),
                Links.tracking(stored.number(), token));
    }

    /** A product at its current catalogue price and the units asked for. */
    record Priced(Sellable product, int quantity) {
        OrderView.Line line(Locale locale) {
            return new OrderView.Line(product.sku(), product.name(locale), product.priceIdr(), quantity);
        }
    }

    private Map<String, Priced> products(List<PlaceOrder.Line> lines, List<FieldError> errors) {
        Map<String, Priced> products = new LinkedHashMap<>();
        Map<String, Sellable> found = catalog.sellableBySkus(lines.stream().map(PlaceOrder.Line::sku).toList()).stream()
                .filter(p -> p.status() == ProductStatus.LISTED)
                .collect(Collectors.toMap(Sellable::sku, p -> p));
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            Optional<Sellable> product = Optional.ofNullable(found.get(line.sku()));
            if (product.isEmpty()) {
                errors.add(new FieldError("lines[" + i + "].sku", "order.error.unknown-product",
                        "No product on sale has the code " + line.sku()));
            } else {
                products.put(line.sku(), new Priced(product.get(), line.quantity()));
            }
        }
        return products;
    }

    private static List<OrderLine> orderLines(List<PlaceOrder.Line> lines, Map<String, Priced> products) {
        return lines.stream().filter(l -> products.containsKey(l.sku()))
                .map(l -> new OrderLine(products.get(l.sku()).product().id(), l.quantity())).toList();
    }

    private Quote quote(List<Shipment> shipments, List<OrderLine> unfillable, Map<String, Priced> products, Target to,
            Locale locale) {
        Map<Long, Priced> byId = products.values().stream()
                .collect(Collectors.toMap(p -> p.product().id(), p -> p));
        Map<Long, Outlet> outlets = regions.outlets().stream().collect(Collectors.toMap(Outlet::id, o -> o));
        List<Quote.PlannedShipment> planned = new ArrayList<>();
        ShippingZone widest = to.pickupOutlet() != null ? ShippingZone.PICKUP : null;
        int minDays = 0;
        int maxDays = 0;
        long shipping = 0;
        for (Shipment shipment : shipments) {
            Outlet outlet = outlets.get(shipment.outletId());
            ShippingZone zone = to.zoneFrom(outlet, regions);
            int grams = shipment.lines().stream()
                    .mapToInt(l -> byId.get(l.productId()).product().weightGrams() * l.quantity()).sum();
            var rate = rates.rate(zone, grams);
            shipping += rate.priceIdr();
            minDays = Math.max(minDays, rate.minDays());
            maxDays = Math.max(maxDays, rate.maxDays());
            widest = widest == null || zone.ordinal() > widest.ordinal() ? zone : widest;
            var regency = regions.regency(outlet.regencyId());
            planned.add(new Quote.PlannedShipment(new OrderView.OutletRef(outlet.code(), outlet.name(),
                    regency.name()), shipment.lines().stream().map(l -> byId.get(l.productId()).line(locale)
                            .withQuantity(l.quantity())).toList(), shipment.reason().name(), zone, rate.priceIdr()));
        }
        if (widest == null) {
            widest = to.regency() != null ? ShippingZone.SAME_ISLAND
                    : to.indonesia() ? ShippingZone.INDONESIA : ShippingZone.ABROAD;
        }
        long subtotal = products.values().stream().mapToLong(p -> p.product().priceIdr() * p.quantity()).sum();
        boolean restricted = products.values().stream().anyMatch(p -> p.product().alcohol());
        return new Quote(widest, subtotal, shipping, minDays, maxDays, planned,
                shortLines(unfillable, products, to), restricted);
    }

    private List<ShortLine> shortLines(List<OrderLine> unfillable, Map<String, Priced> products, Target to) {
        if (unfillable.isEmpty()) {
            return List.of();
        }
        Map<Long, Priced> byId = products.values().stream()
                .collect(Collectors.toMap(p -> p.product().id(), p -> p));
        var ids = unfillable.stream().map(OrderLine::productId).toList();
        Map<Long, Integer> available;
        if (to.pickupOutlet() != null) {
            available = inventory.availableByOutlet(ids).getOrDefault(to.pickupOutlet().id(), Map.of());
        } else {
            available = inventory.availableUnits(ids);
        }
        return unfillable.stream().map(l -> {
            Priced priced = byId.get(l.productId());
            return new ShortLine(priced.product().sku(), priced.quantity(),
                    Math.max(0, Math.min(priced.quantity() - 1, available.getOrDefault(l.productId(), 0))));
        }).toList();
    }
}
