package io.redress.plugin.api;

/** How badly the complainant's use or business is affected. */
public enum Impact {
    /** a glitch: display error, unclear prompt */
    MINOR,
    /** core experience affected, some functions unusable */
    CORE_FUNCTION,
    /** business interruption */
    INTERRUPTION
}
