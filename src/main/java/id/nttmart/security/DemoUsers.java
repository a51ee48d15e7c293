package id.nttmart.security;

import id.nttmart.platform.EmbeddedDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo account per role, created only in the embedded default (see the README for the list). Never in a
 * migration: a shop pointed at its own database gets no demo account.
 */
@Component
@Conditional(EmbeddedDefault.OnDemoData.class)
@Order(1)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    /**
     * Username, password, display name, role, and the regency (slug) whose main outlet staff work at or whose
     * Dekranasda a curator serves ("" for a province-wide curator).
     */
    private static final String[][] USERS = {
        {"admin", "admin", "Administrator Provinsi", "ADMIN", ""},
        {"curator", "curator", "Kurator Dekranasda Provinsi", "CURATOR", ""},
        {"curator-sikka", "curator-sikka", "Kurator Dekranasda Sikka", "CURATOR", "sikka"},
        {"staff", "staff", "Staf Gerai Labuan Bajo", "OUTLET_STAFF", "manggarai-barat"},
        {"staff-kupang", "staff-kupang", "Staf Gerai Kota Kupang", "OUTLET_STAFF", "kota-kupang"},
        {"customer", "customer", "Pembeli Demo", "CUSTOMER", ""},
    };

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    DemoUsers(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String[] user : USERS) {
            Long id = jdbc.sql("""
                            insert into app_user (username, password_hash, display_name) values (:u, :p, :d)
                            on conflict (username) do nothing returning id""")
                    .param("u", user[0])
                    .param("p", passwords.encode(user[1]))
                    .param("d", user[2])
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (id == null) {
                continue;
            }
            jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)")
                    .param("id", id)
                    .param("role", user[3])
                    .update();
            if (user[3].equals("OUTLET_STAFF")) {
                jdbc.sql("""
                                insert into app_user_outlet (user_id, outlet_id)
                                select :id, o.id from outlet o join regency r on r.id = o.regency_id
                                where r.slug = :regency and o.main_outlet""")
                        .param("id", id)
                        .param("regency", user[4])
                        .update();
            }
            if (user[3].equals("CURATOR") && !user[4].isEmpty()) {
                jdbc.sql("insert into app_user_regency (user_id, regency_id) select :id, id from regency"
                                + " where slug = :regency")
                        .param("id", id)
                        .param("regency", user[4])
                        .update();
            }
            log.info("Demo account '{}' created (role {})", user[0], user[3]);
        }
    }
}
