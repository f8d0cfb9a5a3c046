package io.redress.core.notification;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of notification reads in Chinese and English, with its arguments in place. */
class NotificationTextsTest {

    @Test
    void bothLanguagesHaveATextForEveryKind() {
        ResourceBundle zh = NotificationTexts.bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = NotificationTexts.bundle(Locale.ENGLISH);
        assertEquals(en.keySet(), zh.keySet());
        for (NotificationKind kind : NotificationKind.values()) {
            String key = new Notice(kind, "C-1", null, "k", List.of()).messageKey();
            assertTrue(en.containsKey(key), key);
            assertFalse(zh.getString(key).equals(en.getString(key)), key + " is translated");
        }
    }

    @Test
    void fillsInTheArgumentsInTheReadersLanguage() {
        List<String> args = List.of("C-20261207-0001", "CONTAINMENT", "2026-12-07T02:00:00Z", "100");
        assertEquals("Case C-20261207-0001: the CONTAINMENT stage was due at 2026-12-07T02:00:00Z and is escalated to you"
                + " (100% of its time used)", NotificationTexts.render("notification.ESCALATED", args, Locale.ENGLISH));
        assertEquals("投诉 C-20261207-0001：CONTAINMENT 阶段已于 2026-12-07T02:00:00Z 到期，已升级给您（已用时 100%）",
                NotificationTexts.render("notification.ESCALATED", args, Locale.forLanguageTag("zh-CN")));
        // any other language reads English; an unknown key reads as itself
        assertEquals(NotificationTexts.render("notification.ESCALATED", args, Locale.ENGLISH),
                NotificationTexts.render("notification.ESCALATED", args, Locale.forLanguageTag("ar")));
        assertEquals("notification.NONE", NotificationTexts.render("notification.NONE", args, Locale.ENGLISH));
    }

    @Test
    void aNoticeKeepsItsArgumentsAsGiven() {
        Notification n = new Notification("wang.fang", new Notice(NotificationKind.CORRECTIVE_ACTION_OVERDUE, null, "a-1",
                "corrective:a-1:1", List.of("Courier \"contracts\"", "2026-12-03T16:00:00Z")), java.time.Instant.EPOCH);
        assertEquals(List.of("Courier \"contracts\"", "2026-12-03T16:00:00Z"), n.messageArgs());
        assertEquals("notification.CORRECTIVE_ACTION_OVERDUE", n.messageKey());
        assertEquals("a-1", n.actionId());
    }
}
