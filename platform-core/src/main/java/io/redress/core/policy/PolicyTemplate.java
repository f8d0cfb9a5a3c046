package io.redress.core.policy;

import java.util.Arrays;
import java.util.Optional;

/** The policies a tenant can start from (POLICIES.md); everything they set stays editable by the tenant. */
public enum PolicyTemplate {
    GENERAL_FEEDBACK("general-feedback", null),
    NETWORK_GRADING("network-grading", null),
    OVERSEAS_GRADING("overseas-grading", "grading-loss-risk");

    private final String id;
    private final String gradingPlugin;

    PolicyTemplate(String id, String gradingPlugin) {
        this.id = id;
        this.gradingPlugin = gradingPlugin;
    }

    public String id() {
        return id;
    }

    /** Null while the template's grading plugin is not built yet. */
    public String gradingPlugin() {
        return gradingPlugin;
    }

    public boolean available() {
        return gradingPlugin != null;
    }

    public static Optional<PolicyTemplate> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
