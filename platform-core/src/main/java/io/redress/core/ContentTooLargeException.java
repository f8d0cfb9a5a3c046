package io.redress.core;

import io.redress.plugin.api.FieldError;

/**
 * Content larger than accepted, refused while it was read (so no more than the limit was held): answered 413,
 * naming the field; nothing has been written when it is thrown.
 */
public class ContentTooLargeException extends RuntimeException {

    private final FieldError error;

    public ContentTooLargeException(String field, long maxBytes) {
        super(field + " is larger than the " + maxBytes + " bytes accepted");
        this.error = new FieldError(field, "is larger than the " + maxBytes + " bytes accepted");
    }

    public FieldError error() {
        return error;
    }
}
