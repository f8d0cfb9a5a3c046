package io.redress.core.tenant;

import io.redress.core.audit.AuditTrail;
import io.redress.core.NotFoundException;
import io.redress.core.identity.IdentityProviderException;
import io.redress.core.identity.IdentityStore;
import io.redress.core.identity.KeycloakDirectory;
import io.redress.core.identity.PasswordHash;
import io.redress.core.identity.Role;
import io.redress.core.persistence.Tenancy;
import io.redress.core.policy.Policies;
import io.redress.core.sla.CalendarDefinition;
import io.redress.core.sla.Calendars;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Onboards tenants from templates, provisions their staff and finds them. Onboarding is one transaction: all of it
 * or nothing.
 *
 * <p>In the Keycloak mode (a {@link KeycloakDirectory} is configured) every such act is done in Keycloak too, inside
 * the database transaction: Keycloak's step comes first, and if the transaction does not commit afterwards, it is
 * undone (the organization deleted, the user deleted, enabled again or given its roles back). If Keycloak's step
 * fails, the transaction rolls back. So a tenant never lacks its organization, and no organization is left without
 * its tenant. The local {@code staff_user} row stays the tenant's own record of its staff (roles, enabled, e-mail
 * for notifications); in the Keycloak mode its password is a random one nobody knows, since Keycloak signs in.
 */
@ApplicationScoped
public class Tenants {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    Policies policies;

    @Inject
    Calendars calendars;

    @Inject
    IdentityStore identity;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Optional<KeycloakDirectory> keycloak;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private static final Logger LOG = Logger.getLogger(Tenants.class.getName());

    @Transactional
    public Tenant onboard(NewTenant request, String actor) {
        return onboard(request, actor, keycloak);
    }

    /**
     * Onboards in the local mode (empty) or with this Keycloak directory; public for the tests of the server, which
     * run in the local mode and provision into a test Keycloak.
     */
    @Transactional
    public Tenant onboard(NewTenant request, String actor, Optional<KeycloakDirectory> directory) {
        char[] adminPassword = request.adminPassword();
        if (directory.isPresent()) {
            KeycloakDirectory kc = directory.get();
            IdentityProviderException.during("create the organization " + request.slug(), () -> kc.createTenant(
                    request.slug(), request.name(), new KeycloakDirectory.NewUser(request.adminUsername(),
                            request.adminEmail(), null, null, request.adminPassword(), Set.of(Role.TENANT_ADMIN))));
            unlessCommitted("remove the organization " + request.slug(), () -> kc.removeTenant(request.slug()));
            adminPassword = signInIsKeycloaks();
        }
        if (em.find(Tenant.class, request.slug()) != null) {
            throw new TenantAlreadyExistsException(request.slug());
        }
        Map<String, CalendarDefinition> templateCalendars = new java.util.LinkedHashMap<>(TemplateCalendars.of(request.template()));
        String defaultCalendar = templateCalendars.entrySet().stream()
                .filter(e -> e.getValue().zone().equals(request.timeZone()))
                .map(Map.Entry::getKey).findFirst()
                .orElse("DEFAULT");
        if ("DEFAULT".equals(defaultCalendar)) {
            templateCalendars.put("DEFAULT", TemplateCalendars.officeHours(request.timeZone()));
        }
        Tenant tenant = new Tenant(request.slug(), request.name(), request.template().id(), request.locale(),
                request.timeZone(), defaultCalendar, clock.instant());
        em.persist(tenant);
        em.flush();
        Tenancy.bind(em, request.slug());
        templateCalendars.forEach((code, definition) -> calendars.store(code, definition, actor));
        policies.createFromTemplate(request.template(), actor);
        identity.createStaff(request.slug(), new IdentityStore.NewStaff(request.adminUsername(), adminPassword,
                request.adminEmail(), request.adminUsername(), Set.of(Role.TENANT_ADMIN)));
        return tenant;
    }

    /** Creates a staff member of an existing tenant. */
    @Transactional
    public void addStaff(String tenant, IdentityStore.NewStaff staff) {
        addStaff(tenant, staff, "system");
    }

    @Transactional
    public void addStaff(String tenant, IdentityStore.NewStaff staff, String actor) {
        addStaff(tenant, staff, actor, keycloak);
    }

    /** Creates a staff member in the local mode (empty) or with this Keycloak directory (public: see onboard). */
    @Transactional
    public void addStaff(String tenant, IdentityStore.NewStaff staff, String actor, Optional<KeycloakDirectory> directory) {
        IdentityStore.NewStaff local = staff;
        if (directory.isPresent()) {
            KeycloakDirectory kc = directory.get();
            IdentityProviderException.during("create the user " + staff.username(), () -> kc.addStaff(tenant,
                    new KeycloakDirectory.NewUser(staff.username(), staff.email(), staff.displayName(), null,
                            staff.password(), staff.roles())));
            unlessCommitted("remove the user " + staff.username(), () -> kc.removeStaff(tenant, staff.username()));
            local = new IdentityStore.NewStaff(staff.username(), signInIsKeycloaks(), staff.email(), staff.displayName(),
                    staff.roles());
        }
        Tenancy.bind(em, tenant);
        identity.createStaff(tenant, local);
        // who was created with which roles; never the password
        audit.append(tenant, "STAFF", staff.username(), "CREATED", actor, null, roles(staff.roles()));
    }

    /**
     * Disables a member of the tenant's staff: they can no longer sign in; their history stays.
     *
     * @throws NotFoundException if the tenant has no such member (also when the user is another tenant's)
     */
    @Transactional
    public void disableStaff(String tenant, String username, String actor) {
        disableStaff(tenant, username, actor, keycloak);
    }

    /** Disables a staff member in the local mode (empty) or with this Keycloak directory (public: see onboard). */
    @Transactional
    public void disableStaff(String tenant, String username, String actor, Optional<KeycloakDirectory> directory) {
        if (!identity.disableStaff(tenant, username)) {
            throw new NotFoundException("no staff member " + username);
        }
        directory.ifPresent(kc -> {
            // only a user who was enabled is enabled again if the transaction fails
            if (IdentityProviderException.during("read the user " + username, () -> kc.isEnabled(username))) {
                IdentityProviderException.during("disable the user " + username, () -> kc.disable(tenant, username));
                unlessCommitted("enable the user " + username + " again", () -> kc.enable(tenant, username));
            }
        });
        audit.append(tenant, "STAFF", username, "DISABLED", actor, Json.createObjectBuilder().add("enabled", true).build(),
                Json.createObjectBuilder().add("enabled", false).build());
    }

    /**
     * Replaces the roles of a member of the tenant's staff.
     *
     * @throws NotFoundException if the tenant has no such member (also when the user is another tenant's)
     */
    @Transactional
    public void replaceStaffRoles(String tenant, String username, Set<Role> roles, String actor) {
        replaceStaffRoles(tenant, username, roles, actor, keycloak);
    }

    /** Replaces a staff member's roles in the local mode (empty) or with this Keycloak directory (public: see onboard). */
    @Transactional
    public void replaceStaffRoles(String tenant, String username, Set<Role> roles, String actor,
                                  Optional<KeycloakDirectory> directory) {
        Set<Role> before = identity.replaceRoles(tenant, username, roles)
                .orElseThrow(() -> new NotFoundException("no staff member " + username));
        directory.ifPresent(kc -> {
            Set<Role> previous = EnumSet.copyOf(Role.TENANT_ROLES);
            previous.retainAll(IdentityProviderException.during("read the roles of " + username, () -> kc.rolesOf(username)));
            IdentityProviderException.during("replace the roles of " + username, () -> kc.replaceRoles(tenant, username, roles));
            unlessCommitted("give " + username + " its roles back", () -> kc.replaceRoles(tenant, username, previous));
        });
        audit.append(tenant, "STAFF", username, "ROLES_REPLACED", actor, roles(before), roles(roles));
    }

    private static JsonObject roles(Set<Role> roles) {
        return Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder(roles.stream().map(Role::wireName).sorted().toList())).build();
    }

    /** The local password of a user who signs in through Keycloak: random, never shown, never usable. */
    private static char[] signInIsKeycloaks() {
        return PasswordHash.generatePassword(40).toCharArray();
    }

    /** Undoes a step in Keycloak if the transaction it belongs to ends in anything but a commit. */
    private void unlessCommitted(String what, Runnable undo) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        undo.run();
                        LOG.info(() -> "the transaction did not commit, so Keycloak was asked to " + what);
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "the transaction did not commit, and Keycloak failed to " + what, e);
                    }
                }
            }
        });
    }

    @Transactional
    public Optional<Tenant> find(String slug) {
        return Optional.ofNullable(em.find(Tenant.class, slug));
    }

    @Transactional
    public List<Tenant> all() {
        return em.createQuery("SELECT t FROM Tenant t ORDER BY t.slug", Tenant.class).getResultList();
    }
}
