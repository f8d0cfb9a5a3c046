package io.redress.core.staff;

import io.redress.core.identity.Role;
import io.redress.core.identity.StaffMember;

import java.util.List;
import java.util.Set;

/**
 * What a tenant administrator's staff screen needs from the platform: the tenant's staff with their roles and
 * whether they may sign in, disabling a member and replacing a member's roles, by the same rules as
 * {@code /api/v1/tenants/{tenant}/staff} (in the Keycloak mode, Keycloak is changed too). The UI depends on this
 * interface, not on persistence.
 */
public interface StaffAdministration {

    /** The tenant's staff, by user name. */
    List<StaffMember> members(String tenant);

    /**
     * Disables a member: they can no longer sign in.
     *
     * @throws io.redress.core.NotFoundException if the tenant has no such member
     */
    void disable(String tenant, String username, String actor);

    /**
     * Replaces a member's roles (non-empty, all of {@link Role#TENANT_ROLES}).
     *
     * @throws io.redress.core.NotFoundException if the tenant has no such member
     * @throws IllegalArgumentException          if the roles are empty or not assignable
     */
    void replaceRoles(String tenant, String username, Set<Role> roles, String actor);
}
