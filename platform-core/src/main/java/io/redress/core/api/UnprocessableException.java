package io.redress.core.api;

/** Well-formed input that the platform cannot act on (e.g. a template whose plugin is not available yet). */
public class UnprocessableException extends RuntimeException {
    public UnprocessableException(String message) {
        super(message);
    }
}
