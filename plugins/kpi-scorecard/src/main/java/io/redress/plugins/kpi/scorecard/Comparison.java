package io.redress.plugins.kpi.scorecard;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** How a measured value is held against a threshold, named by the key a configuration writes it with. */
enum Comparison {
    AT_LEAST("atLeast", "不低于", "is at least"),
    AT_MOST("atMost", "不高于", "is at most"),
    ABOVE("above", "高于", "is above"),
    BELOW("below", "低于", "is below");

    private final String key;
    private final String zh;
    private final String en;

    Comparison(String key, String zh, String en) {
        this.key = key;
        this.zh = zh;
        this.en = en;
    }

    String key() {
        return key;
    }

    String zh() {
        return zh;
    }

    String en() {
        return en;
    }

    boolean holds(BigDecimal value, BigDecimal threshold) {
        int sign = value.compareTo(threshold);
        return switch (this) {
            case AT_LEAST -> sign >= 0;
            case AT_MOST -> sign <= 0;
            case ABOVE -> sign > 0;
            case BELOW -> sign < 0;
        };
    }

    static Optional<Comparison> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
