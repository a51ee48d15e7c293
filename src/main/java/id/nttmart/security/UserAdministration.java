package id.nttmart.security;

import id.nttmart.audit.AuditLog;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage accounts: roles, the outlets staff work at, the regencies curators serve, enabling and
 * disabling, and a new password. Every change is audited with its before and after (never a password or its hash).
 */
@Service
public class UserAdministration {

    private final JdbcClient jdbc;
    private final BackOfficeAccess access;
    private final UserAccounts accounts;
    private final AuditLog audit;

    UserAdministration(JdbcClient jdbc, BackOfficeAccess access, UserAccounts accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** An account with what it may do. */
    public record ManagedUser(long id, String username, String displayName, @Nullable String email, boolean enabled,
            Set<Role> roles, Set<Long> outletIds, Set<Long> regencyIds) {}

    /** Accounts whose username, name or email contains {@code query} (all when blank), staff and curators first. */
    public List<ManagedUser> search(String query, int limit) {
        access.requireAdmin();
        return read(null, "%" + query.strip().toLowerCase(java.util.Locale.ROOT) + "%", limit);
    }

    public ManagedUser get(long userId) {
        access.requireAdmin();
        return read(userId, "%", 1).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No account " + userId));
    }

    /** Accounts by id (or any, when null) whose username, name or email is like {@code like}. */
    private List<ManagedUser> read(@Nullable Long userId, String like, int limit) {
        Map<Long, ManagedUser> users = new LinkedHashMap<>();
        jdbc.sql("""
                        select u.id, u.username, u.display_name, u.email, u.enabled,
                               coalesce((select array_agg(role order by role) from app_user_role r
                                         where r.user_id = u.id), '{}') as roles,
                               coalesce((select array_agg(outlet_id) from app_user_outlet o
                                         where o.user_id = u.id), '{}') as outlets,
                               coalesce((select array_agg(regency_id) from app_user_regency g
                                         where g.user_id = u.id), '{}') as regencies
                        from app_user u
                        where (cast(:id as bigint) is null or u.id = :id)
                          and (lower(u.username) like :q or lower(u.display_name) like :q
                               or lower(coalesce(u.email, '')) like :q)
                        order by exists (select 1 from app_user_role r where r.user_id = u.id
                                         and r.role <> 'CUSTOMER') desc, u.username
                        limit :limit""")
                .param("id", userId)
                .param("q", like)
                .param("limit", limit)
                .query(rs -> {
                    users.put(rs.getLong("id"), new ManagedUser(rs.getLong("id"), rs.getString("username"),
                            rs.getString("display_name"), rs.getString("email"), rs.getBoolean("enabled"),
                            roles((String[]) rs.getArray("roles").getArray()),
                            longs((Number[]) rs.getArray("outlets").getArray()),
                            longs((Number[]) rs.getArray("regencies").getArray())));
                });
        return List.copyOf(users.values());
    }

    /** A new back-office account; throws {@link UsernameTakenException} when the name is in use. */
    @Transactional
    public ManagedUser create(String username, String displayName, @Nullable String email, String password,
            Set<Role> roles, Set<Long> outletIds, Set<Long> regencyIds) {
        access.requireAdmin();
        requireUsable(password);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        var created = accounts.create(username, displayName, email, null, password, roles.iterator().next());
        writeGrants(created.id(), roles, outletIds, regencyIds);
        ManagedUser after = get(created.id());
        audit.record("user created", AuditLog.Subject.of("user", after.username()), null, null, after);
        return after;
    }

    /** Replaces the account's roles, outlets and regencies, and enables or disables it. */
    @Transactional
    public ManagedUser change(long userId, Set<Role> roles, Set<Long> outletIds, Set<Long> regencyIds,
            boolean enabled) {
        access.requireAdmin();
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        ManagedUser before = get(userId);
        if (before.username().equals(access.username()) && (!enabled || !roles.contains(Role.ADMIN))) {
            throw new IllegalArgumentException("Administrators cannot lock themselves out");
        }
        // A new version ends the account's open sessions (AccessRevocationFilter), so the change applies at once.
        jdbc.sql("update app_user set enabled = :e, access_version = access_version + 1 where id = :id")
                .param("e", enabled).param("id", userId).update();
        jdbc.sql("delete from app_user_role where user_id = :id").param("id", userId).update();
        jdbc.sql("delete from app_user_outlet where user_id = :id").param("id", userId).update();
        jdbc.sql("delete from app_user_regency where user_id = :id").param("id", userId).update();
        writeGrants(userId, roles, outletIds, regencyIds);
        ManagedUser after = get(userId);
        audit.record("user changed", AuditLog.Subject.of("user", after.username()), null, before, after);
        return after;
    }

    /** Sets a new password (the person changes it after signing in); the audit notes that it happened, not what. */
    @Transactional
    public void setPassword(long userId, String password) {
        access.requireAdmin();
        requireUsable(password);
        ManagedUser user = get(userId);
        accounts.changePassword(userId, password);
        audit.record("password set", AuditLog.Subject.of("user", user.username()), null, null, null);
    }

    private void writeGrants(long userId, Set<Role> roles, Set<Long> outletIds, Set<Long> regencyIds) {
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role) on conflict do nothing")
                    .param("id", userId).param("role", role.name()).update();
        }
        if (roles.contains(Role.OUTLET_STAFF)) {
            for (long outlet : outletIds) {
                jdbc.sql("insert into app_user_outlet (user_id, outlet_id) values (:id, :o)")
                        .param("id", userId).param("o", outlet).update();
            }
        }
        if (roles.contains(Role.CURATOR)) {
            for (long regency : regencyIds) {
                jdbc.sql("insert into app_user_regency (user_id, regency_id) values (:id, :r)")
                        .param("id", userId).param("r", regency).update();
            }
        }
    }

    private static void requireUsable(String password) {
        if (password.length() < 10) {
            throw new IllegalArgumentException("A password needs at least 10 characters");
        }
    }

    private static Set<Role> roles(String[] names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Role.valueOf(name));
        }
        return roles;
    }

    private static Set<Long> longs(Number[] values) {
        Set<Long> ids = new TreeSet<>();
        for (Number v : values) {
            ids.add(v.longValue());
        }
        return ids;
    }
}
