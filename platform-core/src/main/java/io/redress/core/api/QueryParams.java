package io.redress.core.api;

import io.redress.plugin.api.FieldError;

import java.util.Arrays;
import java.util.List;

/**
 * Reads optional query parameters of list endpoints, adding one error per bad parameter, so that a request names
 * every bad field at once ({@link io.redress.core.InvalidInputException}).
 */
final class QueryParams {

    private QueryParams() {
    }

    /** A constant of {@code type}; null when absent or blank. */
    static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** {@code true} or {@code false}; null when absent or blank. */
    static Boolean flag(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            errors.add(new FieldError(field, "must be true or false"));
            return null;
        }
        return Boolean.valueOf(value);
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent, blank or bad. */
    static int number(String field, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
