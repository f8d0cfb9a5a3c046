package io.redress.core.identity;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A member of a tenant's staff in the local identity store. */
@Entity
@Table(name = "staff_user")
@NamedQuery(name = "StaffUser.byUsername", query = "SELECT u FROM StaffUser u WHERE u.username = :username")
public class StaffUser extends TenantOwned {

    @Id
    private String id;
    @Column(nullable = false)
    private String username;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    private String email;
    @Column(name = "display_name")
    private String displayName;
    @Column(nullable = false)
    private String roles;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffUser() {
    }

    public StaffUser(String username, String passwordHash, String email, String displayName, Set<Role> roles, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.username = username;
        this.passwordHash = passwordHash;
        this.email = email;
        this.displayName = displayName;
        this.roles = wireNames(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** From now on the user cannot sign in. */
    public void disable() {
        this.enabled = false;
    }

    public void replaceRoles(Set<Role> newRoles) {
        this.roles = wireNames(newRoles);
    }

    private static String wireNames(Set<Role> roles) {
        return roles.stream().map(Role::wireName).sorted().collect(Collectors.joining(","));
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::fromWireName).forEach(r -> r.ifPresent(result::add));
        return result;
    }
}
