package io.redress.plugin.api;

/** A factory of KPI and incentive schemes. */
public interface KpiSchemeFactory extends PluginFactory<KpiScheme> {

    @Override
    default PluginKind kind() {
        return PluginKind.KPI_INCENTIVE;
    }
}
