package id.nttmart.asn;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme's API. {@code /api/v1/asn/me} (GET, POST): the caller's claim and months, linking a NIP;
 * {@code /api/v1/asn/agencies/{code}/compliance[.csv]?month=}: an agency's month (its head and administrators);
 * {@code /api/v1/admin/asn/agencies|roster} (POST text/csv): imports; {@code /api/v1/staff/asn/counter-sales}
 * (POST): a counter sale.
 */
@RestController
class AsnController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AsnIdentities identities;
    private final AsnCompliance compliance;
    private final Agencies agencies;
    private final CounterSales counter;

    AsnController(AsnIdentities identities, AsnCompliance compliance, Agencies agencies, CounterSales counter) {
        this.identities = identities;
        this.compliance = compliance;
        this.agencies = agencies;
        this.counter = counter;
    }

    record LinkRequest(String nip, String agency) {}

    record CounterSaleRequest(long outletId, String nip, long amountIdr, String receipt) {}

    @GetMapping("/api/v1/asn/agencies")
    Object agencies() {
        return agencies.list().stream().map(a -> Map.of("code", a.code(), "name", a.name())).toList();
    }

    @GetMapping("/api/v1/asn/me")
    Map<String, Object> me() {
        var claim = identities.mine();
        var body = new LinkedHashMap<String, Object>();
        body.put("linked", claim.isPresent());
        claim.ifPresent(c -> {
            body.put("nip", c.nip());
            body.put("agency", c.agencyCode());
            body.put("flag", c.flag());
        });
        body.put("obligation_idr", AsnCompliance.OBLIGATION_IDR);
        body.put("months", compliance.myMonths(12).stream().map(m -> Map.of("month", m.month().toString(),
                "online_idr", m.onlineIdr(), "counter_idr", m.counterIdr(), "total_idr", m.totalIdr(),
                "left_idr", m.leftIdr(), "met", m.met())).toList());
        return body;
    }

    @PostMapping("/api/v1/asn/me")
    Map<String, Object> link(@RequestBody LinkRequest request) {
        identities.link(request.nip(), request.agency());
        return me();
    }

    @GetMapping("/api/v1/asn/agencies/{code}/compliance")
    Map<String, Object> compliance(@PathVariable String code, @RequestParam(required = false) @Nullable String month) {
        var result = compliance.agencyMonth(code, month(month));
        var body = new LinkedHashMap<String, Object>();
        body.put("agency", result.agency().code());
        body.put("month", result.month().toString());
        body.put("people", result.count().people());
        body.put("met", result.count().met());
        body.put("rate", result.count().rate());
        body.put("total_idr", result.count().totalIdr());
        body.put("trend", result.trend().stream().map(c -> Map.of("month", c.month().toString(), "people",
                c.people(), "met", c.met(), "total_idr", c.totalIdr())).toList());
        body.put("staff", result.people().stream().map(p -> Map.of("nip", p.nip(), "name", p.name(), "on_roster",
                p.onRoster(), "total_idr", p.totalIdr(), "met", p.met())).toList());
        return body;
    }

    @GetMapping("/api/v1/asn/agencies/{code}/compliance.csv")
    ResponseEntity<String> complianceCsv(@PathVariable String code,
            @RequestParam(required = false) @Nullable String month) {
        var result = compliance.agencyMonth(code, month(month));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"asn-%s-%s.csv\""
                        .formatted(result.agency().code(), result.month()))
                .body(AsnCsv.people(result));
    }

    @PostMapping(path = "/api/v1/admin/asn/agencies", consumes = "text/csv")
    Agencies.ImportResult importAgencies(@RequestBody String csv) {
        return agencies.importAgencies(new StringReader(csv));
    }

    @PostMapping(path = "/api/v1/admin/asn/roster", consumes = "text/csv")
    Agencies.ImportResult importRoster(@RequestBody String csv) {
        return agencies.importRoster(new StringReader(csv));
    }

    @PostMapping("/api/v1/staff/asn/counter-sales")
    ResponseEntity<CounterSales.Sale> counterSale(@RequestBody CounterSaleRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(counter.record(request.outletId(), request.nip(), request.amountIdr(), request.receipt()));
    }

    private static YearMonth month(@Nullable String month) {
        if (month == null || month.isBlank()) {
            return AsnCompliance.currentMonth();
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new AsnRefusal("asn.month.invalid");
        }
    }

    @ExceptionHandler(AsnRefusal.class)
    ResponseEntity<Map<String, Object>> refused(AsnRefusal e) {
        HttpStatus status = e.key().equals("asn.link.taken") || e.key().equals("asn.counter.duplicate")
                ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status).body(Map.of("error", e.key()));
    }

    @ExceptionHandler(ImportRefused.class)
    ResponseEntity<Map<String, Object>> importRefused(ImportRefused e) {
        return ResponseEntity.unprocessableContent().body(Map.of("error", "asn.import.refused", "rows",
                e.problems().stream().map(p -> Map.of("row", p.row(), "error", p.key(), "value", p.detail()))
                        .toList()));
    }
}
