package id.nttmart.security;

import org.jspecify.annotations.Nullable;

/** An account as other modules see it: no password hash, no roles. */
public record UserAccount(long id, String username, String displayName, @Nullable String email,
        @Nullable String phone, boolean enabled) {}
