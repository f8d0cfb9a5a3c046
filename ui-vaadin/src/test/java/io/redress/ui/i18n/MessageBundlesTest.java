package io.redress.ui.i18n;

import io.redress.core.complaint.ComplaintStatus;
import io.redress.core.sla.CalendarDay;
import io.redress.core.sla.PrayerBreaks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every text the UI shows exists in both zh-CN and English. */
public class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/io/redress/ui/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertFalse(en.getProperty(key).isBlank(), key);
            assertFalse(zh.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void everyStatusHasALabel() {
        for (ComplaintStatus status : ComplaintStatus.values()) {
            assertLabelled("status." + status.name());
        }
    }

    @Test
    void everyKindOfDayPrayerAndCalculationMethodHasALabel() {
        for (CalendarDay.Kind kind : CalendarDay.Kind.values()) {
            assertLabelled("calendar.kind." + kind.name());
        }
        for (PrayerBreaks.Prayer prayer : PrayerBreaks.Prayer.values()) {
            assertLabelled("calendar.prayer." + prayer.name());
        }
        for (PrayerBreaks.Method method : PrayerBreaks.Method.values()) {
            assertLabelled("calendar.method." + method.name());
        }
    }

    @Test
    void theEscalationTargetsOfTheLadderHaveLabels() {
        for (String target : List.of("ASSIGNEE", "SUPERVISOR", "DIRECTOR", "MANAGEMENT")) {
            assertLabelled("escalation.target." + target);
        }
    }

    /** The key has a text in both languages, and they differ: a text left untranslated would not. */
    public static void assertLabelled(String key) {
        RedressI18nProvider provider = new RedressI18nProvider();
        assertFalse(provider.getTranslation(key, Locale.ENGLISH).startsWith("!"), key);
        assertFalse(provider.getTranslation(key, Locale.SIMPLIFIED_CHINESE).startsWith("!"), key);
        assertNotEquals(provider.getTranslation(key, Locale.ENGLISH), provider.getTranslation(key, Locale.SIMPLIFIED_CHINESE), key);
    }

    @Test
    void chineseIsChosenForAnyChineseLocaleAndEnglishOtherwise() {
        RedressI18nProvider provider = new RedressI18nProvider();
        assertEquals("待办投诉", provider.getTranslation("inbox.title", Locale.forLanguageTag("zh-TW")));
        assertEquals("Inbox", provider.getTranslation("inbox.title", Locale.GERMAN));
        assertEquals("剩余 2天3小时", provider.getTranslation("time.left", Locale.CHINA, "2天3小时"));
    }
}
