package io.redress.plugin.api;

import java.util.Objects;

/**
 * A grade a scheme can give.
 *
 * @param code  stable code, e.g. {@code MAJOR}
 * @param rank  1 for the mildest grade, rising with severity
 * @param label the grade's name for people
 */
public record GradeDefinition(String code, int rank, LocalizedText label) {
    public GradeDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
