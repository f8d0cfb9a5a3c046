package io.redress.plugin.api;

/** The decisions on a complaint that a policy may put to approval. */
public enum DecisionType {
    /** the handling plan, e.g. the dedicated plan of a major complaint */
    PLAN,
    REFUND,
    COMPENSATION,
    /** a purchase the complaint makes necessary, e.g. a replacement part */
    PURCHASE,
    /** moving a deadline, which the complainant is then told about */
    EXTENSION,
    CLOSURE
}
