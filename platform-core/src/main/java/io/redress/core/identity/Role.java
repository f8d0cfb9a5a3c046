package io.redress.core.identity;

import java.util.Arrays;
import java.util.Optional;

/** The roles of Redress; their wire names are those of the identity provider's realm roles. */
public enum Role {
    SPECIALIST("specialist"),
    SUPERVISOR("supervisor"),
    DIRECTOR("director"),
    MANAGEMENT("management"),
    AUDITOR("auditor"),
    TENANT_ADMIN("tenant-admin"),
    PLATFORM_ADMIN("platform-admin");

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
