package id.nttmart.asn;

import id.nttmart.platform.EmbeddedDefault;
import id.nttmart.security.Role;
import id.nttmart.security.UserAccounts;
import id.nttmart.security.UsernameTakenException;
import java.sql.Date;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo agencies, a small roster with a few past months, a civil servant ({@code asn}) linked to a NIP and the head
 * of that agency ({@code kepala-opd}); only in the embedded default, never in a migration.
 */
@Component
@Conditional(EmbeddedDefault.OnDemoData.class)
@Order(5)
class AsnDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AsnDemo.class);

    static final String[][] AGENCIES = {
        {"DINKES", "Dinas Kesehatan Provinsi NTT"},
        {"DISPERINDAG", "Dinas Perindustrian dan Perdagangan Provinsi NTT"},
        {"DISDIKBUD", "Dinas Pendidikan dan Kebudayaan Provinsi NTT"},
        {"BAPPEDA", "Badan Perencanaan Pembangunan Daerah Provinsi NTT"},
        {"DISPAR", "Dinas Pariwisata dan Ekonomi Kreatif Provinsi NTT"},
    };

    /** NIP, name, agency; the first is the demo civil servant's. */
    static final String[][] ROSTER = {
        {"198503122010031001", "Yohanes Ndolu", "DINKES"},
        {"199001252015032002", "Maria Fernandez", "DINKES"},
        {"198807072012031003", "Petrus Bria", "DINKES"},
        {"199204182019032004", "Agustina Lede", "DINKES"},
        {"198011302005011005", "Stefanus Manek", "DINKES"},
        {"198702142011031001", "Ferdinand Tanggu", "DISPERINDAG"},
        {"199305052018032002", "Yuliana Kolo", "DISPERINDAG"},
        {"198412202009031003", "Kornelis Dethan", "DISDIKBUD"},
        {"199108082016032004", "Imelda Seran", "DISDIKBUD"},
        {"198609092010031005", "Aloysius Wona", "BAPPEDA"},
        {"199510102020032006", "Theresia Nggili", "DISPAR"},
    };

    private final JdbcClient jdbc;
    private final UserAccounts accounts;

    AsnDemo(JdbcClient jdbc, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean fresh = jdbc.sql("select not exists (select 1 from asn_agency where code = 'DINKES')")
                .query(Boolean.class).single();
        if (!fresh) {
            return;
        }
        for (String[] a : AGENCIES) {
            jdbc.sql("insert into asn_agency (code, name) values (:c, :n) on conflict (code) do nothing")
                    .param("c", a[0]).param("n", a[1]).update();
        }
        for (String[] r : ROSTER) {
            jdbc.sql("""
                            insert into asn_roster (nip, name, agency_id)
                            select :nip, :name, id from asn_agency where code = :code on conflict (nip) do nothing""")
                    .param("nip", r[0]).param("name", r[1]).param("code", r[2]).update();
        }
        // Some past months, so the agency head's trend shows something; the current month starts empty.
        YearMonth now = AsnCompliance.currentMonth();
        long[][] spend = {{0, 125_000, 90_000, 150_000, 110_000, 100_000}, {0, 100_000, 100_000, 80_000, 0, 250_000},
            {0, 60_000, 120_000, 100_000, 105_000, 0}, {0, 0, 40_000, 100_000, 130_000, 75_000},
            {0, 175_000, 100_000, 0, 100_000, 100_000}};
        for (int p = 0; p < spend.length; p++) {
            for (int m = 1; m < 6; m++) {
                if (spend[p][m] > 0) {
                    jdbc.sql("""
                                    insert into asn_month_total (nip, month, online_idr, counter_idr)
                                    values (:nip, :month, :online, :counter) on conflict do nothing""")
                            .param("nip", ROSTER[p][0]).param("month", Date.valueOf(now.minusMonths(m).atDay(1)))
                            .param("online", spend[p][m] / 2).param("counter", spend[p][m] - spend[p][m] / 2)
                            .update();
                }
            }
        }
        try {
            var servant = accounts.create("asn", "Yohanes Ndolu", "asn@nttmart.invalid", null, "asn", Role.CUSTOMER);
            jdbc.sql("""
                            insert into asn_identity (nip, user_id, agency_id)
                            select :nip, :u, id from asn_agency where code = 'DINKES'""")
                    .param("nip", ROSTER[0][0]).param("u", servant.id()).update();
            var head = accounts.create("kepala-opd", "Kepala Dinas Kesehatan", "kepala-opd@nttmart.invalid", null,
                    "kepala-opd", Role.AGENCY_HEAD);
            jdbc.sql("insert into asn_agency_head (user_id, agency_id) select :u, id from asn_agency where code = 'DINKES'")
                    .param("u", head.id()).update();
            log.info("Demo ASN programme: {} agencies, {} on the roster, accounts 'asn' and 'kepala-opd'",
                    AGENCIES.length, ROSTER.length);
        } catch (UsernameTakenException e) {
            log.info("Demo ASN accounts exist already");
        }
    }
}
