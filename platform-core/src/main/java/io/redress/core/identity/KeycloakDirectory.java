package io.redress.core.identity;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tenants and their staff in Keycloak, provisioned through its admin REST API with the realm's service account
 * (client credentials). One realm holds every tenant: a tenant is an <em>organization</em> whose alias is the
 * tenant's slug, our roles are realm roles, and a staff user belongs to exactly one organization.
 *
 * <p>Keycloak itself lets a user join several organizations; this class refuses it, because the tenant of a
 * token is its single {@code organization} claim. Every act on a user first checks that the user is a member of
 * the tenant's organization, so a tenant administrator can never reach another tenant's staff through it.
 *
 * <p>Not yet the active identity store: see docs/KEYCLOAK.md.
 */
public class KeycloakDirectory implements AutoCloseable {

    /** The roles a tenant may give its staff: all but the platform's own. */
    public static final Set<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN));

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakDirectory(Settings settings) {
        this.realm = settings.realm();
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(settings.url())
                .realm(settings.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .build();
    }

    /**
     * Creates the tenant's organization and its first tenant administrator. If any step fails, what was created
     * is removed again, so that no organization is left without its administrator.
     *
     * @return the organization's id
     */
    public String createTenant(String slug, String displayName, NewUser admin) {
        if (findOrganization(slug).isPresent()) {
            throw new Refusal(Refusal.Reason.TENANT_EXISTS, slug);
        }
        refuseExistingUser(admin.username());
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setName(slug); // unique in the realm as the slug is; the display name need not be
        org.setAlias(slug);
        org.setDescription(displayName);
        org.setEnabled(true);
        String orgId;
        try (Response response = realm().organizations().create(org)) {
            orgId = CreatedResponseUtil.getCreatedId(response);
        }
        try {
            createMember(realm().organizations().get(orgId), admin.withRoles(EnumSet.of(Role.TENANT_ADMIN)));
        } catch (RuntimeException e) {
            undo(e, () -> realm().organizations().get(orgId).delete().close());
            throw e;
        }
        return orgId;
    }

    /**
     * Creates a staff user of the tenant with these roles. Refuses a user name that already exists, and says
     * whether it belongs to another organization.
     *
     * @return the user's id
     */
    public String addStaff(String slug, NewUser user) {
        refuseRoles(user.roles());
        OrganizationResource org = organization(slug);
        refuseExistingUser(user.username());
        return createMember(org, user);
    }

    /** Disables a staff user of the tenant: the user can no longer sign in; the user and its history stay. */
    public void disable(String slug, String username) {
        UserResource user = member(slug, username);
        UserRepresentation rep = user.toRepresentation();
        rep.setEnabled(false);
        user.update(rep);
    }

    /** Replaces the Redress roles of a staff user of the tenant; Keycloak's own default roles are kept. */
    public void replaceRoles(String slug, String username, Set<Role> roles) {
        refuseRoles(roles);
        UserResource user = member(slug, username);
        List<RoleRepresentation> current = user.roles().realmLevel().listAll();
        List<RoleRepresentation> dropped = current.stream()
                .filter(r -> Role.fromWireName(r.getName()).filter(role -> !roles.contains(role)).isPresent())
                .toList();
        if (!dropped.isEmpty()) {
            user.roles().realmLevel().remove(dropped);
        }
        grant(user, roles);
    }

    /** Enterprise sign-in of the tenants, through the same admin client and service account. */
    public KeycloakEnterpriseSignIn enterpriseSignIn() {
        return new KeycloakEnterpriseSignIn(keycloak, realm);
    }

    /** The organization (tenant slug) the user belongs to, if any. */
    public Optional<String> tenantOf(String username) {
        return findUser(username).flatMap(u -> tenantOfUser(u.getId()));
    }

    /** Whether the user exists and is enabled. */
    public boolean isEnabled(String username) {
        return findUser(username).map(UserRepresentation::isEnabled).orElse(false);
    }

    /** The Redress roles the user has. */
    public Set<Role> rolesOf(String username) {
        UserRepresentation user = findUser(username).orElseThrow(() -> new Refusal(Refusal.Reason.NO_SUCH_USER, username));
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        realm().users().get(user.getId()).roles().realmLevel().listEffective().stream()
                .map(r -> Role.fromWireName(r.getName()))
                .flatMap(Optional::stream)
                .forEach(roles::add);
        return roles;
    }

    @Override
    public void close() {
        keycloak.close();
    }

    private String createMember(OrganizationResource org, NewUser user) {
        UserRepresentation rep = new UserRepresentation();
        rep.setUsername(user.username());
        rep.setEmail(user.email());
        rep.setEmailVerified(true);
        rep.setFirstName(user.firstName());
        rep.setLastName(user.lastName());
        rep.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(new String(user.password()));
        password.setTemporary(false);
        rep.setCredentials(List.of(password));
        String userId;
        try (Response response = realm().users().create(rep)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new Refusal(Refusal.Reason.USER_EXISTS, user.username());
            }
            userId = CreatedResponseUtil.getCreatedId(response);
        }
        try {
            grant(realm().users().get(userId), user.roles());
            try (Response response = org.members().addMember(userId)) {
                if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                    throw new IllegalStateException("Keycloak refused the membership of " + user.username()
                            + ": HTTP " + response.getStatus());
                }
            }
        } catch (RuntimeException e) {
            undo(e, () -> realm().users().delete(userId).close());
            throw e;
        }
        return userId;
    }

    /** Runs the compensation of a failed step; if that fails too, the failure is kept with the first one. */
    private static void undo(RuntimeException cause, Runnable compensation) {
        try {
            compensation.run();
        } catch (RuntimeException failed) {
            cause.addSuppressed(failed);
        }
    }

    private void refuseExistingUser(String username) {
        Optional<UserRepresentation> existing = findUser(username);
        if (existing.isPresent()) {
            Optional<String> tenant = tenantOfUser(existing.get().getId());
            throw tenant.isPresent()
                    ? new Refusal(Refusal.Reason.MEMBER_OF_ANOTHER_ORGANIZATION, username)
                    : new Refusal(Refusal.Reason.USER_EXISTS, username);
        }
    }

    private static void refuseRoles(Set<Role> roles) {
        if (!STAFF_ROLES.containsAll(roles)) {
            throw new Refusal(Refusal.Reason.ROLE_NOT_ASSIGNABLE, Role.PLATFORM_ADMIN.wireName());
        }
    }

    /** The user of that name, if it is a member of the tenant's organization; refused otherwise. */
    private UserResource member(String slug, String username) {
        OrganizationResource org = organization(slug);
        UserRepresentation user = findUser(username).orElseThrow(() -> new Refusal(Refusal.Reason.NO_SUCH_USER, username));
        boolean isMember = org.members().search(username, true, 0, 1).stream()
                .anyMatch(m -> m.getId().equals(user.getId()));
        if (!isMember) {
            // the same answer as for a user that does not exist: a tenant learns nothing of other tenants' staff
            throw new Refusal(Refusal.Reason.NO_SUCH_USER, username);
        }
        return realm().users().get(user.getId());
    }

    private OrganizationResource organization(String slug) {
        String id = findOrganization(slug).orElseThrow(() -> new Refusal(Refusal.Reason.NO_SUCH_TENANT, slug)).getId();
        return realm().organizations().get(id);
    }

    private Optional<OrganizationRepresentation> findOrganization(String slug) {
        return realm().organizations().search(slug, true, 0, 10).stream()
                .filter(o -> slug.equals(o.getAlias()))
                .findFirst();
    }

    private Optional<UserRepresentation> findUser(String username) {
        return realm().users().searchByUsername(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername()))
                .findFirst();
    }

    private Optional<String> tenantOfUser(String userId) {
        return realm().organizations().members().getOrganizations(userId, true).stream()
                .map(OrganizationRepresentation::getAlias)
                .findFirst();
    }

    /**
     * Adds the realm roles the user does not have yet. They are taken from the roles available to this user,
     * which the service account may read with manage-users alone (the realm's role list would need view-realm).
     */
    private static void grant(UserResource user, Set<Role> roles) {
        Set<String> wanted = roles.stream().map(Role::wireName).collect(Collectors.toSet());
        List<RoleRepresentation> missing = user.roles().realmLevel().listAvailable().stream()
                .filter(r -> wanted.contains(r.getName()))
                .toList();
        if (!missing.isEmpty()) {
            user.roles().realmLevel().add(missing);
        }
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    /** Where Keycloak is and the service account to use. */
    public record Settings(String url, String realm, String clientId, String clientSecret) {

        public static final String URL = "REDRESS_KEYCLOAK_URL";
        public static final String REALM = "REDRESS_KEYCLOAK_REALM";
        public static final String CLIENT_ID = "REDRESS_KEYCLOAK_CLIENT_ID";
        public static final String CLIENT_SECRET = "REDRESS_KEYCLOAK_CLIENT_SECRET";

        public Settings {
            Objects.requireNonNull(url, URL);
            Objects.requireNonNull(realm, REALM);
            Objects.requireNonNull(clientId, CLIENT_ID);
            Objects.requireNonNull(clientSecret, CLIENT_SECRET);
        }

        /**
         * The settings from MicroProfile Config (environment variables of these names, among other sources);
         * empty when REDRESS_KEYCLOAK_URL is unset, which means the local identity store serves.
         */
        public static Optional<Settings> from(Config config) {
            return config.getOptionalValue(URL, String.class).filter(u -> !u.isBlank()).map(url -> new Settings(url,
                    config.getOptionalValue(REALM, String.class).orElse("redress"),
                    config.getValue(CLIENT_ID, String.class),
                    config.getValue(CLIENT_SECRET, String.class)));
        }

        @Override
        public String toString() {
            return "Settings[url=" + url + ", realm=" + realm + ", clientId=" + clientId + ", clientSecret=***]";
        }
    }

    /** A user to create: the names Keycloak's user profile requires, an initial password and the roles. */
    public record NewUser(String username, String email, String firstName, String lastName, char[] password,
                          Set<Role> roles) {

        public NewUser {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            roles = Set.copyOf(roles);
        }

        NewUser withRoles(Set<Role> newRoles) {
            return new NewUser(username, email, firstName, lastName, password, newRoles);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NewUser u && username.equals(u.username) && Objects.equals(email, u.email)
                    && Objects.equals(firstName, u.firstName) && Objects.equals(lastName, u.lastName)
                    && Arrays.equals(password, u.password) && roles.equals(u.roles);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, email, firstName, lastName, Arrays.hashCode(password), roles);
        }

        @Override
        public String toString() {
            return "NewUser[username=" + username + ", email=" + email + ", roles=" + roles + "]";
        }
    }

    /** Keycloak was not asked to do something because it would break the tenancy model. */
    public static final class Refusal extends RuntimeException {

        public enum Reason { TENANT_EXISTS, NO_SUCH_TENANT, USER_EXISTS, MEMBER_OF_ANOTHER_ORGANIZATION, NO_SUCH_USER,
            ROLE_NOT_ASSIGNABLE, DOMAIN_TAKEN }

        private final Reason reason;
        private final String subject;

        public Refusal(Reason reason, String subject) {
            super(reason + ": " + subject);
            this.reason = reason;
            this.subject = subject;
        }

        public Reason reason() {
            return reason;
        }

        public String subject() {
            return subject;
        }
    }
}
