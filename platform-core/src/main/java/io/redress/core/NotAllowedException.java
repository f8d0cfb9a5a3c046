package io.redress.core;

/** The caller may not do this (a role the act does not allow, a case that is someone else's): 403. */
public class NotAllowedException extends RuntimeException {
    public NotAllowedException(String message) {
        super(message);
    }
}
