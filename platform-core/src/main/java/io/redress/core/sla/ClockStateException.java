package io.redress.core.sla;

/** An act on a clock that its state does not allow (completing a stage twice, before its anchor …): a conflict. */
public class ClockStateException extends RuntimeException {

    public ClockStateException(String message) {
        super(message);
    }
}
