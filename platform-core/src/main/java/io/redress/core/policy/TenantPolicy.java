package io.redress.core.policy;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

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
