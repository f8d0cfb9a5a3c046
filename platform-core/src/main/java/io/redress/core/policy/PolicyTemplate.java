package io.redress.core.policy;

import java.util.Arrays;
import java.util.Optional;

/** The policies a tenant can start from (POLICIES.md); everything they set stays editable by the tenant. */
public enum PolicyTemplate {
    GENERAL_FEEDBACK("general-feedback", "grading-single"),
    NETWORK_GRADING("network-grading", "grading-severity"),
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

    /** The id of the grading plugin the template starts with; the registry says whether it is installed. */
    public String gradingPlugin() {
        return gradingPlugin;
    }

    public static Optional<PolicyTemplate> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
