package io.redress.core.identity;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;

/**
 * An authenticated caller: staff of exactly one tenant, or a platform administrator (tenant null).
 */
public record Caller(String username, String tenant, Set<Role> roles) implements Principal {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public static Caller platformAdmin(String username) {
        return new Caller(username, null, Set.of(Role.PLATFORM_ADMIN));
    }

    public boolean isPlatformAdmin() {
        return roles.contains(Role.PLATFORM_ADMIN);
    }

    public boolean belongsTo(String tenantSlug) {
        return tenant != null && tenant.equals(tenantSlug);
    }

    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    @Override
    public String getName() {
        return username;
    }
}
