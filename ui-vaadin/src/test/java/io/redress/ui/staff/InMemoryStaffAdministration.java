package io.redress.ui.staff;

import io.redress.core.identity.StaffMember;
import io.redress.core.NotFoundException;
import io.redress.core.identity.Role;
import io.redress.core.staff.StaffAdministration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One tenant's staff in memory, with the platform's rules: only its own members, only assignable roles. */
final class InMemoryStaffAdministration implements StaffAdministration {

    static final String TENANT = "acme";

    private final Map<String, StaffMember> members = new LinkedHashMap<>();
    final List<String> acts = new ArrayList<>();

    InMemoryStaffAdministration with(String username, Set<Role> roles) {
        members.put(username, new StaffMember(username, username.toUpperCase(), roles, true));
        return this;
    }

    @Override
    public List<StaffMember> members(String tenant) {
        return TENANT.equals(tenant)
                ? members.values().stream().sorted(Comparator.comparing(StaffMember::username)).toList() : List.of();
    }

    @Override
    public void disable(String tenant, String username, String actor) {
        StaffMember member = member(tenant, username);
        members.put(username, new StaffMember(username, member.displayName(), member.roles(), false));
        acts.add(actor + " disabled " + username);
    }

    @Override
    public void replaceRoles(String tenant, String username, Set<Role> roles, String actor) {
        if (roles.isEmpty() || !Role.TENANT_ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("roles: " + roles);
        }
        StaffMember member = member(tenant, username);
        members.put(username, new StaffMember(username, member.displayName(), roles, member.enabled()));
        acts.add(actor + " gave " + username + " " + EnumSet.copyOf(roles));
    }

    /** Someone else removes a member meanwhile. */
    void forget(String username) {
        members.remove(username);
    }

    private StaffMember member(String tenant, String username) {
        StaffMember member = TENANT.equals(tenant) ? members.get(username) : null;
        if (member == null) {
            throw new NotFoundException("no staff member " + username);
        }
        return member;
    }
}
