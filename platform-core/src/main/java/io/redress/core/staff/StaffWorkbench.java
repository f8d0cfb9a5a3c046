package io.redress.core.staff;

import io.redress.core.identity.StaffMember;
import io.redress.core.identity.IdentityStore;
import io.redress.core.identity.Role;
import io.redress.core.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/** {@link StaffAdministration} on the identity store and {@link Tenants}, which provisions Keycloak in its mode. */
@ApplicationScoped
public class StaffWorkbench implements StaffAdministration {

    @Inject
    IdentityStore identity;

    @Inject
    Tenants tenants;

    @Override
    public List<StaffMember> members(String tenant) {
        return identity.staff(tenant);
    }

    @Override
    public void disable(String tenant, String username, String actor) {
        tenants.disableStaff(tenant, username, actor);
    }

    @Override
    public void replaceRoles(String tenant, String username, Set<Role> roles, String actor) {
        if (roles.isEmpty() || !Role.TENANT_ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("roles must be a non-empty set of " + Role.TENANT_ROLES);
        }
        tenants.replaceStaffRoles(tenant, username, roles, actor);
    }
}
