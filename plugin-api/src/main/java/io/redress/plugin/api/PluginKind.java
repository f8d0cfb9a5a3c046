package io.redress.plugin.api;

/** What a plugin decides for a tenant's policy. */
public enum PluginKind {
    GRADING_SCHEME,
    APPROVAL_CHAIN,
    KPI_INCENTIVE
}
