package io.redress.core.plugin;

/** A plugin threw, hung or answered nothing; what the platform does about it depends on the call. */
public class PluginFaultException extends RuntimeException {
    public PluginFaultException(String message) {
        super(message);
    }
}
