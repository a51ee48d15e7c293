package id.nttmart.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/admin/dashboard?month=yyyy-MM&lang=id|en}: the month's figures as JSON (default: this month in
 * WITA); with {@code &csv=regencies} (any {@link DashboardCsv.Figure}, lower case, dash for underscore) one figure as
 * CSV. {@code POST /api/v1/admin/dashboard/rebuild} recomputes the aggregates from the orders. Administrators only.
 */
@RestController
@RequestMapping("/api/v1/admin/dashboard")
class DashboardController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Dashboard dashboard;
    private final SalesLedger ledger;

    DashboardController(Dashboard dashboard, SalesLedger ledger) {
        this.dashboard = dashboard;
        this.ledger = ledger;
    }

    @GetMapping
    ResponseEntity<?> figures(@RequestParam(required = false) @Nullable String month,
            @RequestParam(defaultValue = "id") String lang, @RequestParam(required = false) @Nullable String csv) {
        YearMonth yearMonth;
        try {
            yearMonth = month == null || month.isBlank() ? Dashboard.thisMonth() : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return problem("month must look like 2026-11");
        }
        var figures = dashboard.figures(yearMonth, Locale.forLanguageTag(lang));
        if (csv == null) {
            return ResponseEntity.ok(figures);
        }
        DashboardCsv.Figure figure;
        try {
            figure = DashboardCsv.Figure.valueOf(csv.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return problem("csv must be one of trend, outlets, regencies, islands, programs, categories,"
                    + " top-products, catalogue, asn-compliance");
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + figure.fileName(figures) + "\"")
                .body(DashboardCsv.of(figure, figures));
    }

    @PostMapping("/rebuild")
    Map<String, Object> rebuild() {
        return Map.of("orders", ledger.rebuild());
    }

    private static ResponseEntity<Map<String, Object>> problem(String detail) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Map.of("status", 400, "title", "Bad Request", "detail", detail));
    }
}
