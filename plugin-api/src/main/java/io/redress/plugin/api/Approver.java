package io.redress.plugin.api;

import java.util.Objects;

/**
 * Who approves, as a role and the place its holder is found in, so that a policy outlives staff changes.
 *
 * @param role  the tenant's role code, e.g. {@code director}
 * @param scope where the platform looks for the role's holder
 */
public record Approver(String role, ApprovalScope scope) {

    public Approver {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        if (role.isBlank()) {
            throw new IllegalArgumentException("an approver needs a role");
        }
    }
}
