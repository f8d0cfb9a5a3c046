package io.redress.core.api;

import io.redress.core.InvalidInputException;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.Money;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON request field by field, collecting one error per bad field (with its full path, e.g.
 * {@code complainant.email}) instead of failing on the first; {@link #check()} then throws them all at once.
 */
final class JsonInput {

    private final JsonObject json;
    private final String prefix;
    private final List<FieldError> errors;

    private JsonInput(JsonObject json, String prefix, List<FieldError> errors) {
        this.json = json;
        this.prefix = prefix;
        this.errors = errors;
    }

    static JsonInput parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        try {
            JsonValue value = Json.createReader(new StringReader(body)).readValue();
            if (!(value instanceof JsonObject object)) {
                throw new InvalidInputException("body", "must be a JSON object");
            }
            return new JsonInput(object, "", new ArrayList<>());
        } catch (JsonParsingException e) {
            throw new InvalidInputException("body", "is not valid JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw new InvalidInputException("body", "is not valid JSON");
        }
    }

    JsonObject json() {
        return json;
    }

    String path(String key) {
        return prefix + key;
    }

    List<FieldError> errors() {
        return errors;
    }

    void error(String key, String message) {
        errors.add(new FieldError(path(key), message));
    }

    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private JsonValue value(String key, boolean required) {
        JsonValue value = json.get(key);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                error(key, "is required");
            }
            return null;
        }
        return value;
    }

    String string(String key, boolean required, int maxLength) {
        JsonValue value = value(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            error(key, "must be a string");
            return null;
        }
        String text = s.getString().strip();
        if (required && text.isEmpty()) {
            error(key, "must not be blank");
            return null;
        }
        if (text.length() > maxLength) {
            error(key, "must be at most " + maxLength + " characters");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    String matching(String key, boolean required, int maxLength, String regex, String what) {
        String text = string(key, required, maxLength);
        if (text != null && !text.matches(regex)) {
            error(key, "must be " + what);
            return null;
        }
        return text;
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
        String text = string(key, required, 64);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            error(key, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        JsonValue value = value(key, false);
        if (value == null) {
            return result;
        }
        if (!(value instanceof JsonArray array)) {
            error(key, "must be a list");
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            try {
                result.add(Enum.valueOf(type, ((JsonString) array.get(i)).getString()));
            } catch (ClassCastException | IllegalArgumentException e) {
                errors.add(new FieldError(path(key) + "[" + i + "]", "must be one of " + Arrays.toString(type.getEnumConstants())));
            }
        }
        return result;
    }

    /** An ISO-8601 instant with an offset, e.g. {@code 2026-11-20T17:30:00+04:00}. */
    Instant instant(String key, boolean required) {
        String text = string(key, required, 64);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            error(key, "must be an ISO-8601 date-time with offset, e.g. 2026-11-20T17:30:00+04:00");
            return null;
        }
    }

    Integer integer(String key, boolean required, int min, int max) {
        JsonValue value = value(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            error(key, "must be a whole number");
            return null;
        }
        if (n.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) < 0 || n.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) > 0) {
            error(key, "must be between " + min + " and " + max);
            return null;
        }
        return n.intValue();
    }

    /** A decimal given as a string (the API's form for amounts) or, leniently, as a JSON number. */
    BigDecimal decimal(String key, boolean required) {
        JsonValue value = value(key, required);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof JsonString s) {
                return new BigDecimal(s.getString().strip());
            }
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(key, "must be a decimal number written as a string, e.g. \"12000.00\"");
        return null;
    }

    Currency currency(String key, boolean required) {
        String code = string(key, required, 3);
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            error(key, "must be an ISO 4217 currency code such as CNY, USD, EUR");
            return null;
        }
    }

    /** {@code {"amount": "12000.00", "currency": "CNY"}}; a negative amount is an error. */
    Money money(String key, boolean required) {
        JsonInput money = object(key, required);
        if (money == null) {
            return null;
        }
        BigDecimal amount = money.decimal("amount", true);
        Currency currency = money.currency("currency", true);
        if (amount != null && amount.signum() < 0) {
            money.error("amount", "must not be negative");
            return null;
        }
        if (amount != null && amount.scale() > 4) {
            money.error("amount", "must have at most 4 decimal places");
            return null;
        }
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    JsonInput object(String key, boolean required) {
        JsonValue value = value(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            error(key, "must be an object");
            return null;
        }
        return new JsonInput(object, path(key) + ".", errors);
    }
}
