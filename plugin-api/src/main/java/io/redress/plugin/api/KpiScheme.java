package io.redress.plugin.api;

/** A configured KPI and incentive scheme: the indicators of a subject's period and what they earn. */
public interface KpiScheme extends Plugin {

    /** The scorecard of these counts. Deterministic, and never throws for any input. */
    Scorecard score(KpiInput input);
}
