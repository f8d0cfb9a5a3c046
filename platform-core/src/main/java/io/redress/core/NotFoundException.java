package io.redress.core;

/** What was asked for does not exist for this caller; also what another tenant's data looks like. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
