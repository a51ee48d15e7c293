package id.nttmart.curation;

import id.nttmart.audit.AuditLog;
import id.nttmart.audit.AuditLog.Subject;
import id.nttmart.catalog.ProductEdits;
import id.nttmart.catalog.ProductStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delists listed food and drink whose PIRT or BPOM licence expired and that hold no other valid one (a licence
 * without a recorded expiry counts as valid here: nothing says it expired). Runs on every instance; each batch
 * takes a PostgreSQL advisory transaction lock, so only one instance works at a time, and the products are locked
 * with {@code SKIP LOCKED} so a curator's edit in progress is simply looked at on the next run. Each delisting is
 * audited as the actor "licence expiry" and reaches the search index through the outbox.
 */
@Component
public class LicenceExpiry {

    static final String ACTOR = "licence expiry";
    private static final Logger log = LoggerFactory.getLogger(LicenceExpiry.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final ProductEdits edits;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    LicenceExpiry(JdbcClient jdbc, ProductEdits edits, AuditLog audit, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.edits = edits;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${nttmart.curation.licence-check:PT1H}", initialDelayString = "PT1M")
    void run() {
        delistExpired(LicenceCheck.today());
    }

    /** Delists every product whose food licence expired by {@code today}; answers how many. */
    public int delistExpired(LocalDate today) {
        int total = 0;
        int batch;
        do {
            batch = transactions.execute(tx -> delistBatch(today));
            total += batch;
        } while (batch == BATCH);
        if (total > 0) {
            log.info("Delisted {} products whose food licence expired", total);
        }
        return total;
    }

    private int delistBatch(LocalDate today) {
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('nttmart.curation.licence-expiry'))")
                .query(Boolean.class).single();
        if (!mine) {
            return 0;
        }
        record Expired(long id, String sku) {}
        List<Expired> expired = jdbc.sql("""
                        select p.id, p.sku from product p join category c on c.code = p.category_code
                        where p.status = 'LISTED' and c.food
                          and exists (select 1 from product_licence l where l.product_id = p.id
                                      and l.type in ('PIRT', 'BPOM') and l.expires_on <= :today)
                          and not exists (select 1 from product_licence l where l.product_id = p.id
                                      and l.type in ('PIRT', 'BPOM') and (l.expires_on is null or l.expires_on > :today))
                        order by p.id limit :limit
                        for update of p skip locked""")
                .param("today", today)
                .param("limit", BATCH)
                .query((rs, n) -> new Expired(rs.getLong("id"), rs.getString("sku")))
                .list();
        for (Expired product : expired) {
            edits.setStatus(product.id(), ProductStatus.DELISTED);
            audit.recordAs(ACTOR, "product delisted", Subject.of("product", product.sku()), null,
                    Map.of("status", ProductStatus.LISTED),
                    Map.of("status", ProductStatus.DELISTED, "reason", "food licence expired"));
        }
        return expired.size();
    }
}
