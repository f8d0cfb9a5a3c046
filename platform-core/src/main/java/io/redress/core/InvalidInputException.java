package io.redress.core;

import io.redress.plugin.api.FieldError;

import java.util.List;

/** Input that cannot be accepted, with every bad field named; nothing has been written when it is thrown. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
