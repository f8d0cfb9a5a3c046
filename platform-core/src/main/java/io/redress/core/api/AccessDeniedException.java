package io.redress.core.api;

/** The caller is of the right tenant but its role does not allow the action. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
