package io.redress.core.approval;

import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.Money;
import jakarta.json.Json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Exactly what an approver signs: the decision, its case, amount, text and version (and for an extension the stage
 * and the time asked for). Its canonical form is JSON with the keys sorted, no white space, amounts as plain decimal
 * strings and absent values left out, so that anyone holding the same content computes the same SHA-256.
 *
 * @param version the how-manyth request of this type on this case (a plan proposed again after a rejection is 2)
 */
public record ApprovedContent(DecisionType type, String caseNumber, Money amount, String subject, int version,
                              Extension extension) {

    /** The time an EXTENSION request asks for on a stage. */
    public record Extension(String stage, int amount, DeadlineUnit unit) {
        public Extension {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(unit, "unit");
        }
    }

    public ApprovedContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(subject, "subject");
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1");
        }
    }

    /** The canonical JSON text, e.g. {@code {"amount":"12000.00","caseNumber":"C-…","currency":"CNY",…}}. */
    public String canonicalJson() {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("type", type.name());
        fields.put("caseNumber", caseNumber);
        fields.put("subject", subject);
        fields.put("version", version);
        if (amount != null) {
            fields.put("amount", canonical(amount));
            fields.put("currency", amount.currency().getCurrencyCode());
        }
        if (extension != null) {
            fields.put("extendStage", extension.stage());
            fields.put("extendAmount", extension.amount());
            fields.put("extendUnit", extension.unit().name());
        }
        return fields.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + (e.getValue() instanceof Integer n ? n.toString() : quote((String) e.getValue())))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The lower-case hex SHA-256 of the canonical JSON's UTF-8 bytes. */
    public String sha256() {
        return sha256(canonicalJson());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The amount with at least the currency's minor digits and no other trailing zeros, so that 12000, 12000.00 and
     * 12000.0000 (as the database gives it back) are all {@code 12000.00} in CNY.
     */
    static String canonical(Money money) {
        int digits = Math.max(money.currency().getDefaultFractionDigits(), money.amount().stripTrailingZeros().scale());
        return money.amount().setScale(Math.max(digits, 0)).toPlainString();
    }

    private static String quote(String text) {
        return Json.createValue(text).toString();
    }
}
