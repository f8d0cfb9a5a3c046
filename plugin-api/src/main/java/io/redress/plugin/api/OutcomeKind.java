package io.redress.plugin.api;

/** What an incentive rule gives. */
public enum OutcomeKind {
    /** points towards a bonus; the only outcome that carries points */
    BONUS_POINTS,
    /** an honour, e.g. named in the quarterly review */
    COMMENDATION,
    WARNING
}
