package io.redress.core.api;

import io.redress.core.NotFoundException;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import jakarta.ws.rs.core.SecurityContext;

import java.util.EnumSet;
import java.util.Set;

/** The role checks of the API, the same whichever identity store authenticated the caller. */
final class Access {

    /** Staff who take complaints in and work them. */
    static final Set<Role> CASE_WORKERS = EnumSet.of(Role.SPECIALIST, Role.SUPERVISOR, Role.DIRECTOR, Role.MANAGEMENT, Role.TENANT_ADMIN);
    /** Everyone of a tenant who may read its cases. */
    static final Set<Role> CASE_READERS = EnumSet.of(Role.SPECIALIST, Role.SUPERVISOR, Role.DIRECTOR, Role.MANAGEMENT,
            Role.AUDITOR, Role.TENANT_ADMIN);
    static final Set<Role> TENANT_ADMINS = EnumSet.of(Role.TENANT_ADMIN);
    /** Staff who handle cases (a tenant administrator configures, an auditor reads: neither works a case). */
    static final Set<Role> HANDLERS = EnumSet.of(Role.SPECIALIST, Role.SUPERVISOR, Role.DIRECTOR, Role.MANAGEMENT);
    /** The levels above the specialist: they assign, approve plans, grant more time, close and reopen. */
    static final Set<Role> LEADS = EnumSet.of(Role.SUPERVISOR, Role.DIRECTOR, Role.MANAGEMENT);

    private Access() {
    }

    static Caller caller(SecurityContext security) {
        return (Caller) security.getUserPrincipal();
    }

    static Caller platformAdmin(SecurityContext security) {
        Caller caller = caller(security);
        if (!caller.isPlatformAdmin()) {
            throw new AccessDeniedException("only the platform administrator may do this");
        }
        return caller;
    }

    /**
     * A member of the tenant with one of the roles. Anyone of another tenant gets 404, as if the tenant did not
     * exist; the platform administrator passes where {@code platformAdminToo}.
     */
    static Caller member(SecurityContext security, String tenant, Set<Role> roles, boolean platformAdminToo) {
        Caller caller = caller(security);
        if (caller.isPlatformAdmin()) {
            if (platformAdminToo) {
                return caller;
            }
            throw new AccessDeniedException("the platform administrator does not work a tenant's cases; sign in as its staff");
        }
        if (!caller.belongsTo(tenant)) {
            throw new NotFoundException("no tenant " + tenant);
        }
        if (!caller.hasAny(roles)) {
            throw new AccessDeniedException("this needs one of the roles " + roles.stream().map(Role::wireName).toList());
        }
        return caller;
    }
}
