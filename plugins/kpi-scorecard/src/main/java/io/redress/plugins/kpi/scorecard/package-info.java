/**
 * A KPI scorecard: the standard indicators of a person's, department's or region's period (see
 * {@link io.redress.plugin.api.Indicator}), each against the tenant's target, and the bonus points, commendations
 * and warnings the tenant's incentive rules give for them. Policy A's targets and incentives are the default and
 * Policy B's are in {@link io.redress.plugins.kpi.scorecard.PolicyPresets}. Depends on plugin-api only, so the
 * platform can load it through {@link java.util.ServiceLoader} like any other plugin.
 */
package io.redress.plugins.kpi.scorecard;
