package id.nttmart.account;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as the checkout needs them. {@code email} is null only for accounts made without one (the
 * demo users); {@code phone} is in E.164 form when given.
 */
public record CustomerProfile(long id, String username, String name, @Nullable String email,
        @Nullable String phone) {}
