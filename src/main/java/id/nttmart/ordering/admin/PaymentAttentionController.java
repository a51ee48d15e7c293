package id.nttmart.ordering.admin;

import id.nttmart.ordering.PaymentAttention;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/admin/payments/attention}: reconciled and refused payments (administrators only). */
@RestController
class PaymentAttentionController {

    private final PaymentAttention attention;

    PaymentAttentionController(PaymentAttention attention) {
        this.attention = attention;
    }

    @GetMapping("/api/v1/admin/payments/attention")
    List<Map<String, Object>> list(@RequestParam(defaultValue = "100") int limit) {
        return attention.newest(limit).stream().map(i -> Map.<String, Object>of("number", i.number(), "status",
                i.status().name(), "kind", i.kind(), "at", i.at().toString(), "detail", i.detail(), "total_idr",
                i.totalIdr(), "buyer_email", i.buyerEmail())).toList();
    }
}
