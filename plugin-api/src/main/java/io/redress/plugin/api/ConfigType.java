package io.redress.plugin.api;

/** The type of a configuration field, which decides how its value is read and checked. */
public enum ConfigType {
    /** a whole number ({@link Long}) */
    INTEGER,
    /** a decimal number ({@link java.math.BigDecimal}) */
    DECIMAL,
    /** {@code {"amount": "10000.00", "currency": "CNY"}} */
    MONEY,
    /** {@code {"amount": 3, "unit": "WORKING_DAYS"}} */
    DURATION,
    /** one of {@link ConfigField#allowedValues()} */
    ENUM,
    /** a list of strings, each one of {@link ConfigField#allowedValues()} when those are given */
    LIST,
    /** a map of string keys to string values */
    MAP,
    /** free text */
    STRING,
    BOOLEAN,
    /**
     * a list of JSON objects, e.g. a plugin's rules; the schema only checks that each item is an object, and the
     * plugin checks their shape in its own {@code validate}, naming each fault by its path ({@code rules[2].steps[0].mode})
     */
    OBJECT_LIST
}
