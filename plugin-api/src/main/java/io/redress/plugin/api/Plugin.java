package io.redress.plugin.api;

/**
 * A configured plugin instance: immutable and pure. It decides from the facts it is given and does no I/O;
 * the platform calls it with a time limit and keeps the case whatever it throws.
 */
public interface Plugin {
}
