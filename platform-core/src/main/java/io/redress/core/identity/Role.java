package io.redress.core.identity;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The roles of Redress; their wire names are those of the identity provider's realm roles. */
public enum Role {
    SPECIALIST("specialist"),
    SUPERVISOR("supervisor"),
    DIRECTOR("director"),
    MANAGEMENT("management"),
    AUDITOR("auditor"),
    TENANT_ADMIN("tenant-admin"),
    PLATFORM_ADMIN("platform-admin");

    /** The roles a tenant gives its staff: all but the platform's own. */
    public static final Set<Role> TENANT_ROLES = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(PLATFORM_ADMIN)));

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
