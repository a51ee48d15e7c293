package id.nttmart.mail.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the outbox for administrators (only {@link MailAdminView} uses it): newest first, filtered by address or reference. */
@Component
class MailArchive {

    static final int LIMIT = 200;

    private final JdbcClient jdbc;

    MailArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest mails whose address or reference contains {@code filter} (all when it is blank). */
    List<StoredMail> newest(String filter) {
        String pattern = "%" + filter.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select * from mail_outbox
                        where lower(to_address) like :p or lower(coalesce(reference, '')) like :p
                        order by created_at desc, id desc limit :limit""")
                .param("p", pattern)
                .param("limit", LIMIT)
                .query(MailArchive::row)
                .list();
    }

    Optional<StoredMail> find(long id) {
        return jdbc.sql("select * from mail_outbox where id = :id").param("id", id).query(MailArchive::row)
                .optional();
    }

    private static StoredMail row(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new StoredMail(rs.getLong("id"), rs.getString("to_address"), rs.getString("subject"),
                rs.getString("text_body"), rs.getString("html_body"), rs.getString("kind"),
                rs.getString("reference"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant(),
                rs.getString("last_error"));
    }
}
