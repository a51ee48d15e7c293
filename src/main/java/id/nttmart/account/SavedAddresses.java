package id.nttmart.account;

import id.nttmart.region.Address;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery addresses of account holders. Every method is scoped to the given user: an address id of someone
 * else's finds nothing and changes nothing. An account's first address becomes its default; removing the default
 * makes the oldest remaining one the default.
 */
@Service
@Transactional
public class SavedAddresses {

    private final JdbcClient jdbc;

    SavedAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Default first, then oldest first. */
    @Transactional(readOnly = true)
    public List<SavedAddress> list(long userId) {
        return jdbc.sql("select * from saved_address where user_id = :user order by is_default desc, created_at, id")
                .param("user", userId)
                .query(SavedAddresses::row)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<SavedAddress> defaultAddress(long userId) {
        return list(userId).stream().filter(SavedAddress::isDefault).findFirst();
    }

    public SavedAddress save(long userId, Address address, String label, boolean makeDefault) {
        check(address, label);
        // Serialises one account's address changes, so two first addresses cannot both become the default.
        jdbc.sql("select id from app_user where id = :user for update").param("user", userId).query(Long.class)
                .optional().orElseThrow(() -> new IllegalArgumentException("No account " + userId));
        boolean first = jdbc.sql("select count(*) from saved_address where user_id = :user").param("user", userId)
                .query(Long.class).single() == 0;
        if (makeDefault && !first) {
            clearDefault(userId);
        }
        long id = jdbc.sql("""
                        insert into saved_address (user_id, label, recipient, phone, street, village, district, city,
                            province, postal_code, country, is_default)
                        values (:user, :label, :recipient, :phone, :street, :village, :district, :city, :province,
                            :postal, :country, :isDefault) returning id""")
                .param("user", userId)
                .param("label", label.strip())
                .param("recipient", address.recipient().strip())
                .param("phone", address.phone().strip())
                .param("street", address.street().strip())
                .param("village", blankToNull(address.village()))
                .param("district", blankToNull(address.district()))
                .param("city", address.city().strip())
                .param("province", blankToNull(address.province()))
                .param("postal", address.postalCode().strip())
                .param("country", address.country().strip().toUpperCase(Locale.ROOT))
                .param("isDefault", makeDefault || first)
                .query(Long.class)
                .single();
        return jdbc.sql("select * from saved_address where id = :id").param("id", id).query(SavedAddresses::row)
                .single();
    }

    /** Returns false (and changes nothing) when the user has no address with this id. */
    public boolean remove(long userId, long id) {
        Boolean wasDefault = jdbc.sql("delete from saved_address where id = :id and user_id = :user returning is_default")
                .param("id", id)
                .param("user", userId)
                .query(Boolean.class)
                .optional()
                .orElse(null);
        if (wasDefault == null) {
            return false;
        }
        if (wasDefault) {
            jdbc.sql("""
                            update saved_address set is_default = true where id = (
                                select id from saved_address where user_id = :user order by created_at, id limit 1)""")
                    .param("user", userId)
                    .update();
        }
        return true;
    }

    /** Returns false (and changes nothing) when the user has no address with this id. */
    public boolean makeDefault(long userId, long id) {
        boolean owned = jdbc.sql("select count(*) from saved_address where id = :id and user_id = :user")
                .param("id", id).param("user", userId).query(Long.class).single() > 0;
        if (!owned) {
            return false;
        }
        clearDefault(userId);
        jdbc.sql("update saved_address set is_default = true where id = :id and user_id = :user")
                .param("id", id).param("user", userId).update();
        return true;
    }

    private void clearDefault(long userId) {
        jdbc.sql("update saved_address set is_default = false where user_id = :user and is_default")
                .param("user", userId).update();
    }

    private static void check(Address address, String label) {
        if (label.isBlank() || address.recipient().isBlank() || address.phone().isBlank()
                || address.street().isBlank() || address.city().isBlank() || address.postalCode().isBlank()
                || address.country().isBlank()) {
            throw new IllegalArgumentException("An address needs a label, recipient, phone, street, city, postal"
                    + " code and country");
        }
        if (address.inIndonesia() && !address.postalCode().strip().matches("\\d{5}")) {
            throw new IllegalArgumentException("An Indonesian postal code has five digits");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static SavedAddress row(ResultSet rs, int n) throws SQLException {
        return new SavedAddress(rs.getLong("id"), rs.getString("label"), new Address(rs.getString("recipient"),
                rs.getString("phone"), rs.getString("street"), rs.getString("village"), rs.getString("district"),
                rs.getString("city"), rs.getString("province"), rs.getString("postal_code"),
                rs.getString("country")), rs.getBoolean("is_default"));
    }
}
