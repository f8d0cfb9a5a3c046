package io.redress.core.identity;

import java.util.Set;

/** A member of a tenant's staff as the identity store knows them: roles and whether they may sign in. */
public record StaffMember(String username, String displayName, Set<Role> roles, boolean enabled) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }
}
