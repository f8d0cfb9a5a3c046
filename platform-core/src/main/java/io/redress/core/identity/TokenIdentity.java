package io.redress.core.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The caller a verified Keycloak token stands for, the same for the REST API (bearer tokens) and the UI (OpenID
 * Connect sign-in): the tenant is the token's single {@code organization} claim (the organization's alias is the
 * tenant's slug), the roles are the Redress realm roles among its {@code groups} (Keycloak's own default roles are
 * ignored). A token with {@code platform-admin} and no organization is the platform administrator.
 *
 * <p>A token that names several organizations, or none without being the platform administrator's, stands for
 * nobody: a staff user belongs to exactly one tenant.
 */
public final class TokenIdentity {

    private TokenIdentity() {
    }

    /**
     * @param username      the token's {@code preferred_username}
     * @param organizations the aliases in its {@code organization} claim (empty when it has none)
     * @param groups        its realm roles ({@code groups}, from the {@code microprofile-jwt} scope)
     */
    public static Optional<Caller> caller(String username, Collection<String> organizations, Collection<String> groups) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(g -> Role.fromWireName(g).ifPresent(roles::add));
        List<String> orgs = organizations.stream().distinct().toList();
        if (orgs.isEmpty()) {
            return roles.contains(Role.PLATFORM_ADMIN) ? Optional.of(Caller.platformAdmin(username)) : Optional.empty();
        }
        if (orgs.size() > 1) {
            return Optional.empty();
        }
        // platform-admin is never a tenant's role: a member of an organization holding it is still only staff
        roles.remove(Role.PLATFORM_ADMIN);
        return Optional.of(new Caller(username, orgs.get(0), roles));
    }
}
