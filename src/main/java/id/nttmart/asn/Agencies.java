package id.nttmart.asn;

import id.nttmart.audit.AuditLog;
import id.nttmart.security.BackOfficeAccess;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies (OPD) and their rosters, maintained by administrators: each import checks every row first and
 * writes all or nothing, audited.
 */
@Service
public class Agencies {

    private final JdbcClient jdbc;
    private final BackOfficeAccess access;
    private final AuditLog audit;

    Agencies(JdbcClient jdbc, BackOfficeAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    public record Agency(long id, String code, String name, int rosterSize) {}

    public record ImportResult(int created, int updated) {}

    /** Every agency by code, with its roster's size (any signed-in user picks theirs from it). */
    public List<Agency> list() {
        return jdbc.sql("""
                        select a.id, a.code, a.name, (select count(*) from asn_roster r where r.agency_id = a.id) n
                        from asn_agency a order by a.code""")
                .query((rs, i) -> new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("n")))
                .list();
    }

    /** One agency by its code (any case), without counting its roster (rosterSize 0). */
    public Optional<Agency> byCode(String code) {
        return jdbc.sql("select id, code, name from asn_agency where code = upper(:code)")
                .param("code", code.strip())
                .query((rs, i) -> new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name"), 0))
                .optional();
    }

    /** CSV {@code code,name} (header optional): new agencies are created, known codes renamed. */
    @Transactional
    public ImportResult importAgencies(Reader csv) {
        access.requireAdmin();
        var problems = new ArrayList<ImportRefused.RowProblem>();
        Map<String, String> rows = new HashMap<>();
        for (CSVRecord rec : parse(csv, "code")) {
            long row = rec.getRecordNumber();
            if (rec.size() < 2) {
                problems.add(new ImportRefused.RowProblem(row, "asn.import.columns", "code,name"));
                continue;
            }
            String code = rec.get(0).strip().toUpperCase(java.util.Locale.ROOT);
            String name = rec.get(1).strip();
            if (!code.matches("[A-Z0-9][A-Z0-9._-]{1,29}")) {
                problems.add(new ImportRefused.RowProblem(row, "asn.import.code", code));
            } else if (name.length() < 2 || name.length() > 200) {
                problems.add(new ImportRefused.RowProblem(row, "asn.import.name", name));
            } else if (rows.put(code, name) != null) {
                problems.add(new ImportRefused.RowProblem(row, "asn.import.duplicate", code));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        int created = 0;
        for (var e : rows.entrySet()) {
            boolean inserted = jdbc.sql("""
                            insert into asn_agency (code, name) values (:c, :n)
                            on conflict (code) do update set name = excluded.name returning (xmax = 0)""")
                    .param("c", e.getKey()).param("n", e.getValue()).query(Boolean.class).single();
            created += inserted ? 1 : 0;
        }
        var result = new ImportResult(created, rows.size() - created);
        audit.record("agencies imported", AuditLog.Subject.of("asn_agency", "import"), null, null, result);
        return result;
    }

    /**
     * CSV {@code nip,name,agency code} (header optional): each NIP is put on that agency's roster (moved there if it
     * was on another's). Every row is checked first: a bad NIP, an unknown agency or a NIP twice refuses the file.
     */
    @Transactional
    public ImportResult importRoster(Reader csv) {
        access.requireAdmin();
        Map<String, Long> agencies = new HashMap<>();
        list().forEach(a -> agencies.put(a.code(), a.id()));
        var problems = new ArrayList<ImportRefused.RowProblem>();
        record Row(String nip, String name, long agency) {}
        var rows = new ArrayList<Row>();
        Set<String> seen = new HashSet<>();
        LocalDate today = LocalDate.now(AsnCompliance.WITA);
        for (CSVRecord rec : parse(csv, "nip")) {
            long row = rec.getRecordNumber();
            if (rec.size() < 3) {
                problems.add(new ImportRefused.RowProblem(row, "asn.import.columns", "nip,name,agency"));
                continue;
            }
            String nip = Nip.normalise(rec.get(0));
            String name = rec.get(1).strip();
            String code = rec.get(2).strip().toUpperCase(java.util.Locale.ROOT);
            var problem = Nip.check(nip, today);
            if (problem.isPresent()) {
                problems.add(new ImportRefused.RowProblem(row, problem.get().key(), nip));
            } else if (name.isEmpty() || name.length() > 200) {
                problems.add(new ImportRefused.RowProblem(row, "asn.import.name", name));
            } else if (!agencies.containsKey(code)) {
                problems.add(new ImportRefused.RowProblem(row, "asn.import.agency", code));
            } else if (!seen.add(nip)) {
                problems.add(new ImportRefused.RowProblem(row, "asn.import.duplicate", nip));
            } else {
                rows.add(new Row(nip, name, agencies.get(code)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        int created = 0;
        for (Row r : rows) {
            boolean inserted = jdbc.sql("""
                            insert into asn_roster (nip, name, agency_id) values (:nip, :name, :agency)
                            on conflict (nip) do update set name = excluded.name, agency_id = excluded.agency_id,
                                imported_at = now()
                            returning (xmax = 0)""")
                    .param("nip", r.nip()).param("name", r.name()).param("agency", r.agency())
                    .query(Boolean.class).single();
            created += inserted ? 1 : 0;
        }
        // Claims are matched again: a NIP the roster now confirms loses its flag, a moved one gains one.
        jdbc.sql("""
                update asn_identity i set flag = case
                    when not exists (select 1 from asn_roster r where r.nip = i.nip) then 'NOT_ON_ROSTER'
                    when exists (select 1 from asn_roster r where r.nip = i.nip and r.agency_id <> i.agency_id)
                        then 'OTHER_AGENCY' end""").update();
        var result = new ImportResult(created, rows.size() - created);
        audit.record("roster imported", AuditLog.Subject.of("asn_roster", "import"), null, null, result);
        return result;
    }

    private static List<CSVRecord> parse(Reader csv, String headerFirstColumn) {
        var format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (!records.isEmpty() && records.getFirst().get(0).strip().equalsIgnoreCase(headerFirstColumn)) {
                // A header row: the data rows keep their place in the file (the header is row 1).
                return records.subList(1, records.size());
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new ImportRefused(List.of(new ImportRefused.RowProblem(0, "asn.import.unreadable",
                    String.valueOf(e.getMessage()))));
        }
    }
}
