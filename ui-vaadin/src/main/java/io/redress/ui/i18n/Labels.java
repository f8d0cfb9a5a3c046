package io.redress.ui.i18n;

import com.vaadin.flow.component.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Names of codes (stages, units, day kinds, escalation targets, risk flags …) from the bundles, falling back to the
 * code where there is none: a code the bundles do not know yet (a tenant's own stage or unit) is still shown.
 */
public final class Labels {

    private Labels() {
    }

    /** The text of {@code prefix + code}, or the code itself when the bundles have no such key. */
    public static String of(Component owner, String prefix, String code) {
        if (code == null) {
            return "";
        }
        String text = owner.getTranslation(prefix + code);
        return text.startsWith("!") ? code : text;
    }

    public static String stage(Component owner, String code) {
        return of(owner, "stage.", code);
    }

    /** An anchor: receipt, or the stage whose completion starts the clock. */
    public static String anchor(Component owner, String code) {
        return "RECEIVED".equals(code) ? owner.getTranslation("policy.anchor.RECEIVED") : stage(owner, code);
    }

    /** Values of the complaint facts (channels, impacts, emotions, risk flags) and of enum settings. */
    public static String value(Component owner, String code) {
        return of(owner, "policy.code.", code);
    }

    /** Comma-separated codes, as typed into a text field: trimmed, empty ones dropped. */
    public static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String joined(Collection<String> codes) {
        return codes.stream().collect(Collectors.joining(", "));
    }
}
