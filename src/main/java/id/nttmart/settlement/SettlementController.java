package id.nttmart.settlement;

import id.nttmart.region.Regions;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/staff/settlement/{outlet}/{yyyy-MM}}: the producers' month at an outlet as CSV; with
 * {@code ?detail=lines}, every sold order line instead. Staff of other outlets get 403.
 */
@RestController
@RequestMapping("/api/v1/staff/settlement")
class SettlementController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final Settlement settlement;
    private final Regions regions;

    SettlementController(Settlement settlement, Regions regions) {
        this.settlement = settlement;
        this.regions = regions;
    }

    @GetMapping("/{outlet}/{month}")
    ResponseEntity<?> csv(@PathVariable String outlet, @PathVariable String month,
            @RequestParam(defaultValue = "producers") String detail) {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return problem(HttpStatus.BAD_REQUEST, "month must look like 2026-11");
        }
        var found = regions.outletByCode(outlet);
        if (found.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "No outlet " + outlet);
        }
        long outletId = found.get().id();
        String body = switch (detail) {
            case "producers" -> SettlementCsv.producers(settlement.producers(outletId, yearMonth));
            case "lines" -> SettlementCsv.lines(settlement.lines(outletId, yearMonth));
            default -> null;
        };
        if (body == null) {
            return problem(HttpStatus.BAD_REQUEST, "detail must be producers or lines");
        }
        String file = "settlement-%s-%s-%s.csv".formatted(found.get().code(), yearMonth, detail);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"").body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied() {
        return problem(HttpStatus.FORBIDDEN, "Not your outlet");
    }

    private static ResponseEntity<Map<String, String>> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
