package id.nttmart.ordering;

import id.nttmart.region.Address;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The order API's JSON, read leniently (missing fields become errors later) and written with stable names. */
final class OrderJson {

    private OrderJson() {}

    static PlaceOrder read(JsonNode json, Locale locale, String siteBase) {
        List<PlaceOrder.Line> lines = new ArrayList<>();
        for (JsonNode line : json.path("lines")) {
            JsonNode qty = line.has("qty") ? line.path("qty") : line.path("quantity");
            lines.add(new PlaceOrder.Line(text(line, "sku"), qty.canConvertToInt() && qty.isIntegralNumber()
                    ? qty.asInt() : 0));
        }
        if (!json.path("lines").isArray()) {
            lines = List.of();
        }
        JsonNode delivery = json.path("delivery");
        DeliveryChoice choice;
        if ("pickup".equalsIgnoreCase(text(delivery, "type"))) {
            choice = new DeliveryChoice.Pickup(text(delivery, "outlet"));
        } else {
            JsonNode a = delivery.path("address");
            String country = text(a, "country");
            String city = a.has("regency") ? text(a, "regency") : text(a, "city");
            choice = new DeliveryChoice.Ship(new Address(text(a, "recipient", json.path("buyer").path("name")),
                    text(a, "phone", json.path("buyer").path("phone")), text(a, "street"), optional(a, "village"),
                    optional(a, "district"), city, a.has("province") ? optional(a, "province")
                            : a.has("regency") ? Address.NTT : null,
                    text(a, "postal_code", a.path("postalCode")), country.isEmpty() ? Address.INDONESIA : country));
        }
        JsonNode buyer = json.path("buyer");
        boolean age = json.path("ageConfirmed").asBoolean(json.path("age_confirmed").asBoolean(false));
        return new PlaceOrder(lines, choice, new Buyer(text(buyer, "name"), text(buyer, "email"), text(buyer, "phone")),
                age, locale, null, siteBase);
    }

    static Map<String, Object> placed(PlaceResult.Placed placed, String base) {
        var order = placed.order();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", order.number());
        json.put("status", order.status().name());
        json.put("total_idr", order.totalIdr());
        json.put("subtotal_idr", order.subtotalIdr());
        json.put("shipping_idr", order.shippingIdr());
        json.put("paymentUrl", base + placed.paymentPath());
        json.put("trackingUrl", base + placed.trackingPath());
        json.put("shipments", shipments(order));
        return json;
    }

    static Map<String, Object> tracking(OrderView order, String base, String number, String token) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", order.number());
        json.put("status", order.status().name());
        json.put("created_at", order.createdAt().toString());
        json.put("paid_at", order.paidAt() == null ? null : order.paidAt().toString());
        json.put("total_idr", order.totalIdr());
        json.put("subtotal_idr", order.subtotalIdr());
        json.put("shipping_idr", order.shippingIdr());
        json.put("zone", order.zone().name());
        json.put("lines", order.lines().stream().map(l -> Map.of("sku", l.sku(), "name", l.name(), "qty",
                l.quantity(), "unit_price_idr", l.unitPriceIdr())).toList());
        json.put("delivery", order.pickupOutlet() != null
                ? Map.of("type", "pickup", "outlet", outlet(order.pickupOutlet()))
                : Map.of("type", "ship", "city", order.address().city(), "country", order.address().country()));
        json.put("shipments", shipments(order));
        json.put("events", order.events().stream().map(e -> Map.of("kind", e.kind(), "at", e.at().toString()))
                .toList());
        json.put("payable", order.payable());
        json.put("cancellable", order.cancellable());
        if (order.payable()) {
            json.put("paymentUrl", base + Links.payment(number, token));
        }
        return json;
    }

    private static List<Map<String, Object>> shipments(OrderView order) {
        return order.shipments().stream().map(s -> {
            Map<String, Object> shipment = new LinkedHashMap<>();
            shipment.put("outlet", outlet(s.outlet()));
            shipment.put("lines", s.lines().stream().map(l -> Map.of("sku", l.sku(), "qty", l.quantity())).toList());
            shipment.put("reason", s.reason());
            shipment.put("step", s.step().name());
            if (s.courier() != null) {
                shipment.put("courier", s.courier());
                shipment.put("tracking_number", s.trackingNumber());
            }
            if (s.pickupCode() != null && order.status() == OrderStatus.PAID) {
                shipment.put("pickup_code", s.pickupCode());
            }
            return shipment;
        }).toList();
    }

    private static Map<String, String> outlet(OrderView.OutletRef outlet) {
        return Map.of("code", outlet.code(), "name", outlet.name(), "regency", outlet.regency());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : value.isNumber() ? value.asString() : "";
    }

    private static String text(JsonNode node, String field, JsonNode fallback) {
        String value = text(node, field);
        return value.isEmpty() && fallback.isString() ? fallback.asString() : value;
    }

    private static @Nullable String optional(JsonNode node, String field) {
        String value = text(node, field);
        return value.isEmpty() ? null : value;
    }
}
