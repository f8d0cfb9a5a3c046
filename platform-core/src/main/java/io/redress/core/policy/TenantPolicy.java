package io.redress.core.policy;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/**
 * One version of a tenant's policy. Versions are never changed once written: editing the policy writes the next
 * version, so a complaint graded under version 3 can always be re-read under version 3.
 */
@Entity
@Table(name = "tenant_policy")
public class TenantPolicy extends TenantOwned {

    @Id
    private int version;
    @Column(name = "grading_plugin", nullable = false)
    private String gradingPlugin;
    @Column(name = "grading_plugin_version", nullable = false)
    private String gradingPluginVersion;
    @Column(name = "grading_config", nullable = false)
    private String gradingConfig;
    @Column(name = "handling_plans", nullable = false)
    private String handlingPlans;
    @Column(name = "approval_plugin")
    private String approvalPlugin;
    @Column(name = "approval_plugin_version")
    private String approvalPluginVersion;
    @Column(name = "approval_config")
    private String approvalConfig;
    @Column(name = "kpi_plugin")
    private String kpiPlugin;
    @Column(name = "kpi_plugin_version")
    private String kpiPluginVersion;
    @Column(name = "kpi_config")
    private String kpiConfig;
    private String organisation;
    private String escalation;
    @Column(name = "required_trainings")
    private String requiredTrainings;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected TenantPolicy() {
    }

    public TenantPolicy(int version, String gradingPlugin, String gradingPluginVersion, String gradingConfig,
                        String handlingPlans, Instant createdAt, String createdBy) {
        this.version = version;
        this.gradingPlugin = gradingPlugin;
        this.gradingPluginVersion = gradingPluginVersion;
        this.gradingConfig = gradingConfig;
        this.handlingPlans = handlingPlans;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Sets what the version chose besides grading; called before it is first persisted, never after. */
    void choose(PluginChoice approval, PluginChoice kpi, String organisationJson, String escalationJson,
                List<String> requiredTrainings) {
        this.escalation = escalationJson;
        this.requiredTrainings = String.join(",", requiredTrainings);
        if (approval != null) {
            this.approvalPlugin = approval.plugin();
            this.approvalPluginVersion = approval.version();
            this.approvalConfig = PolicyJson.toJson(approval.config().values()).toString();
        }
        if (kpi != null) {
            this.kpiPlugin = kpi.plugin();
            this.kpiPluginVersion = kpi.version();
            this.kpiConfig = PolicyJson.toJson(kpi.config().values()).toString();
        }
        this.organisation = organisationJson;
    }

    public String approvalPlugin() {
        return approvalPlugin;
    }

    public String approvalPluginVersion() {
        return approvalPluginVersion;
    }

    public String approvalConfig() {
        return approvalConfig;
    }

    public String kpiPlugin() {
        return kpiPlugin;
    }

    public String kpiPluginVersion() {
        return kpiPluginVersion;
    }

    public String kpiConfig() {
        return kpiConfig;
    }

    /** Trainings a staff member must have passed to be assigned a case. */
    public List<String> requiredTrainings() {
        return requiredTrainings == null || requiredTrainings.isEmpty() ? List.of() : List.of(requiredTrainings.split(","));
    }

    /** The escalation ladders as JSON; null for versions written before ladders were policy data. */
    public String escalation() {
        return escalation;
    }

    public String organisation() {
        return organisation;
    }

    public int version() {
        return version;
    }

    public String gradingPlugin() {
        return gradingPlugin;
    }

    public String gradingPluginVersion() {
        return gradingPluginVersion;
    }

    public String gradingConfig() {
        return gradingConfig;
    }

    public String handlingPlans() {
        return handlingPlans;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
