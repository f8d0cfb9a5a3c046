package io.redress.core.complaint;

/** An Idempotency-Key came back with a different request: a client bug that must not create or hide a complaint. */
public class IdempotencyConflictException extends RuntimeException {
    public IdempotencyConflictException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }
}
