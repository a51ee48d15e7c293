package id.nttmart.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/admin/audit?actor=&type=&id=&since=&limit=}: the audit for administrators, newest first. */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/admin/audit")
    List<AuditLog.AuditEntry> recent(@RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String id,
            @RequestParam(required = false) @Nullable Instant since, @RequestParam(defaultValue = "100") int limit) {
        return audit.recent(new AuditLog.AuditFilter(actor, type, id, since), Math.clamp(limit, 1, 1000));
    }
}
