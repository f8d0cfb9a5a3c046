package io.redress.plugin.api;

/** A factory of grading schemes. */
public interface GradingSchemeFactory extends PluginFactory<GradingScheme> {

    @Override
    default PluginKind kind() {
        return PluginKind.GRADING_SCHEME;
    }
}
