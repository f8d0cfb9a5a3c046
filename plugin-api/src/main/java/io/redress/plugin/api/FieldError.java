package io.redress.plugin.api;

import java.util.Objects;

/** One invalid field of an input or a configuration: its path (e.g. {@code majorLossThreshold.amount}) and why. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
