package io.redress.plugin.api;

/** The complainant's state as the intake staff judged it. */
public enum Emotion {
    CALM, UNHAPPY, AGITATED
}
