package id.nttmart.staff;

import id.nttmart.region.Outlet;
import id.nttmart.region.Regions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/staff}: the staff console as JSON (outlet staff and administrators, HTTP Basic), through the same
 * scoped services as the views. Errors are JSON ({@link StaffApiErrors}).
 */
@RestController
@RequestMapping("/api/v1/staff")
class StaffApiController {

    private final StaffShipments shipments;
    private final StockDesk stock;
    private final Regions regions;

    StaffApiController(StaffShipments shipments, StockDesk stock, Regions regions) {
        this.shipments = shipments;
        this.stock = stock;
        this.regions = regions;
    }

    @GetMapping("/shipments")
    Map<String, Object> queue(@RequestParam(defaultValue = "NEW") String state,
            @RequestParam(required = false) @Nullable String outlet) {
        QueueState s = state(state);
        Long outletId = outlet == null || outlet.isBlank() ? null : outletId(outlet);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("state", s.name());
        Map<String, Integer> counts = new LinkedHashMap<>();
        shipments.counts(outletId).forEach((k, v) -> counts.put(k.name(), v));
        answer.put("counts", counts);
        answer.put("items", shipments.queue(s, outletId).stream().map(StaffApiController::json).toList());
        return answer;
    }

    @GetMapping("/shipments/{id}")
    Map<String, Object> shipment(@PathVariable long id) {
        return json(shipments.shipment(id));
    }

    @PostMapping("/shipments/{id}/picking")
    Map<String, Object> picking(@PathVariable long id) {
        return json(shipments.startPicking(id));
    }

    @PostMapping("/shipments/{id}/packed")
    Map<String, Object> packed(@PathVariable long id) {
        return json(shipments.packed(id));
    }

    @PostMapping("/shipments/{id}/shipped")
    Map<String, Object> shipped(@PathVariable long id, @RequestBody Map<String, Object> body) {
        return json(shipments.shipped(id, string(body, "courier"), string(body, "tracking_number")));
    }

    @PostMapping("/shipments/{id}/delivered")
    Map<String, Object> delivered(@PathVariable long id) {
        return json(shipments.delivered(id));
    }

    @PostMapping("/shipments/{id}/ready")
    Map<String, Object> ready(@PathVariable long id) {
        return json(shipments.readyForPickup(id));
    }

    @PostMapping("/shipments/{id}/picked-up")
    ResponseEntity<Map<String, Object>> pickedUp(@PathVariable long id, @RequestBody Map<String, Object> body) {
        if (!shipments.pickedUp(id, string(body, "code"))) {
            return ResponseEntity.badRequest().body(StaffApiErrors.error("wrong_code",
                    "The pickup code does not match; nothing was handed over"));
        }
        return ResponseEntity.ok(json(shipments.shipment(id)));
    }

    @PostMapping("/shipments/{id}/reject")
    Map<String, Object> reject(@PathVariable long id, @RequestBody Map<String, Object> body) {
        return json(shipments.reject(id, string(body, "reason")));
    }

    @GetMapping("/stock/{outlet}")
    List<Map<String, Object>> stock(@PathVariable String outlet, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "false") boolean low, @RequestParam(defaultValue = "50") int size) {
        return stock.search(outletId(outlet), q, low, size).stream().map(StaffApiController::json).toList();
    }

    @GetMapping("/stock/{outlet}/{sku}/movements")
    List<Map<String, Object>> movements(@PathVariable String outlet, @PathVariable String sku) {
        return stock.movements(outletId(outlet), sku, 100).stream().map(m -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("at", m.at().toString());
            json.put("kind", m.kind());
            json.put("on_hand_delta", m.onHandDelta());
            json.put("reserved_delta", m.reservedDelta());
            json.put("actor", m.actor());
            json.put("reason", m.reason());
            return json;
        }).toList();
    }

    @PostMapping("/stock/{outlet}/{sku}/receive")
    Map<String, Object> receive(@PathVariable String outlet, @PathVariable String sku,
            @RequestBody Map<String, Object> body) {
        return json(stock.receive(outletId(outlet), sku, integer(body, "units"), optional(body, "note")));
    }

    @PostMapping("/stock/{outlet}/{sku}/count")
    Map<String, Object> count(@PathVariable String outlet, @PathVariable String sku,
            @RequestBody Map<String, Object> body) {
        return json(stock.count(outletId(outlet), sku, integer(body, "counted"), optional(body, "note")));
    }

    @PostMapping("/stock/{outlet}/{sku}/adjust")
    Map<String, Object> adjust(@PathVariable String outlet, @PathVariable String sku,
            @RequestBody Map<String, Object> body) {
        return json(stock.adjust(outletId(outlet), sku, integer(body, "delta"), string(body, "reason")));
    }

    private long outletId(String code) {
        return regions.outletByCode(code).map(Outlet::id).orElseThrow(() -> new IllegalArgumentException("No outlet " + code));
    }

    private static QueueState state(String state) {
        try {
            return QueueState.valueOf(state.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state must be one of " + List.of(QueueState.values()));
        }
    }

    private static String string(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("The field " + field + " is required");
        }
        return s;
    }

    private static @Nullable String optional(Map<String, Object> body, String field) {
        return body.get(field) instanceof String s ? s : null;
    }

    private static int integer(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value instanceof Integer i) {
            return i;
        }
        throw new IllegalArgumentException("The field " + field + " must be a whole number");
    }

    static Map<String, Object> json(StaffShipment s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("outlet", Map.of("id", s.outletId(), "name", s.outletName()));
        json.put("order", s.orderNumber());
        json.put("paid_at", s.paidAt().toString());
        json.put("buyer", Map.of("name", s.buyerName(), "phone", s.buyerPhone()));
        json.put("delivery", s.pickup() ? "pickup" : "ship");
        json.put("address", s.address());
        json.put("routing_reason", s.routingReason());
        json.put("state", s.state().name());
        json.put("courier", s.courier());
        json.put("tracking_number", s.trackingNumber());
        json.put("rejection_reason", s.rejectionReason());
        json.put("lines", s.lines().stream()
                .map(l -> Map.<String, Object>of("sku", l.sku(), "name", l.name(), "qty", l.quantity())).toList());
        json.put("slip_url", "/staf/slip/" + s.id());
        return json;
    }

    static Map<String, Object> json(StockItem i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sku", i.sku());
        json.put("name", i.name());
        json.put("price_idr", i.priceIdr());
        json.put("on_hand", i.onHand());
        json.put("reserved", i.reserved());
        json.put("available", i.available());
        json.put("low", i.available() <= StockDesk.LOW_STOCK);
        return json;
    }
}
