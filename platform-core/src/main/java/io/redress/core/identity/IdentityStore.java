package io.redress.core.identity;


import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where users and their roles live. The embedded default is {@link LocalIdentityStore}; a Keycloak-backed store
 * implements the same interface so that the API and the UI make the same checks in both modes.
 */
public interface IdentityStore {

    /** The staff member of the tenant with these credentials, if they are right and the account is enabled. */
    Optional<Caller> authenticateStaff(String tenant, String username, char[] password);

    /** The platform administrator with these credentials, if they are right. */
    Optional<Caller> authenticatePlatformAdmin(String username, char[] password);

    /**
     * Whether the credentials are valid for some tenant other than {@code tenant}: such a caller is real but
     * reaching into another tenant, which the API answers with 404 rather than 401.
     */
    boolean authenticatesElsewhere(String tenant, String username, char[] password);

    /** Whether the tenant has a staff member of that user name. */
    boolean staffExists(String tenant, String username);

    /** Creates a staff member of the tenant; the caller's transaction decides whether it stays. */
    void createStaff(String tenant, NewStaff staff);

    /**
     * Disables a staff member of the tenant: they can no longer sign in. The caller's transaction decides whether it
     * stays.
     *
     * @return false if the tenant has no staff member of that name
     */
    boolean disableStaff(String tenant, String username);

    /**
     * Replaces the roles of a staff member of the tenant; the caller's transaction decides whether it stays.
     *
     * @return the roles before, or empty if the tenant has no staff member of that name
     */
    Optional<Set<Role>> replaceRoles(String tenant, String username, Set<Role> roles);

    /** The tenant's staff, by user name, enabled or not. */
    List<StaffMember> staff(String tenant);

    /** A new staff member as an administrator enters it. */
    record NewStaff(String username, char[] password, String email, String displayName, Set<Role> roles) {
    }
}
