package id.nttmart.asn;

import id.nttmart.audit.AuditLog;
import id.nttmart.security.BackOfficeAccess;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-outlet sales that staff record at the counter against a civil servant's NIP: scoped to the staff member's
 * outlets, audited, and added to the NIP's month in the same transaction.
 */
@Service
public class CounterSales {

    private final JdbcClient jdbc;
    private final BackOfficeAccess access;
    private final AuditLog audit;

    CounterSales(JdbcClient jdbc, BackOfficeAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    public record Sale(long id, String nip, long outletId, long amountIdr, String receipt, Instant soldAt,
            String recordedBy) {}

    /**
     * Records a sale of {@code amountIdr} at the outlet under the till's receipt number (unique per outlet, so a
     * second press records nothing twice). The NIP must be valid and known (on a roster or claimed by an account).
     */
    @Transactional
    public Sale record(long outletId, String rawNip, long amountIdr, String rawReceipt) {
        access.requireOutlet(outletId);
        String nip = Nip.normalise(rawNip);
        var problem = Nip.check(nip, LocalDate.now(AsnCompliance.WITA));
        if (problem.isPresent()) {
            throw new AsnRefusal(problem.get().key());
        }
        if (amountIdr <= 0 || amountIdr > 1_000_000_000L) {
            throw new AsnRefusal("asn.counter.amount");
        }
        String receipt = rawReceipt.strip();
        if (receipt.isEmpty() || receipt.length() > 60) {
            throw new AsnRefusal("asn.counter.receipt");
        }
        boolean known = jdbc.sql("""
                        select exists (select 1 from asn_roster where nip = :nip)
                            or exists (select 1 from asn_identity where nip = :nip)""")
                .param("nip", nip).query(Boolean.class).single();
        if (!known) {
            throw new AsnRefusal("asn.counter.unknown-nip");
        }
        Instant now = Instant.now();
        YearMonth month = YearMonth.from(now.atZone(AsnCompliance.WITA));
        long id;
        try {
            id = jdbc.sql("""
                            insert into asn_counter_sale (nip, outlet_id, amount_idr, receipt, sold_at, month,
                                                          recorded_by)
                            values (:nip, :outlet, :amount, :receipt, :at, :month, :by) returning id""")
                    .param("nip", nip).param("outlet", outletId).param("amount", amountIdr).param("receipt", receipt)
                    .param("at", java.sql.Timestamp.from(now)).param("month", Date.valueOf(month.atDay(1)))
                    .param("by", access.username()).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new AsnRefusal("asn.counter.duplicate", receipt);
        }
        jdbc.sql("""
                        insert into asn_month_total (nip, month, counter_idr) values (:nip, :month, :amount)
                        on conflict (nip, month) do update
                            set counter_idr = asn_month_total.counter_idr + excluded.counter_idr, updated_at = now()""")
                .param("nip", nip).param("month", Date.valueOf(month.atDay(1))).param("amount", amountIdr).update();
        var sale = new Sale(id, nip, outletId, amountIdr, receipt, now, access.username());
        audit.record("asn counter sale", AuditLog.Subject.of("asn_counter_sale", id), outletId, null,
                Map.of("nip", nip, "amount_idr", amountIdr, "receipt", receipt));
        return sale;
    }

    /** The outlet's latest counter sales (newest first). */
    public List<Sale> recent(long outletId, int limit) {
        access.requireOutlet(outletId);
        return jdbc.sql("""
                        select id, nip, outlet_id, amount_idr, receipt, sold_at, recorded_by from asn_counter_sale
                        where outlet_id = :outlet order by sold_at desc, id desc limit :limit""")
                .param("outlet", outletId).param("limit", limit)
                .query((rs, n) -> new Sale(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
    }
}
