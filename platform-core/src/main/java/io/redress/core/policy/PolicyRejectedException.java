package io.redress.core.policy;

import io.redress.plugin.api.FieldError;

import java.util.List;

/** A policy edit that the plugins' schemas or the plan rules reject; nothing of it has been written. */
public class PolicyRejectedException extends RuntimeException {

    private final List<FieldError> errors;

    public PolicyRejectedException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
