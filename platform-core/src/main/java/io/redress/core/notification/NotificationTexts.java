package io.redress.core.notification;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of notifications, from the bundles {@code messages_zh_CN} and {@code messages_en} beside this class:
 * Chinese for a Chinese reader, English for everyone else.
 */
public final class NotificationTexts {

    static final String BUNDLE = "io.redress.core.notification.messages";

    private NotificationTexts() {
    }

    /** The bundle's text of {@code key} with the arguments filled in; the key itself if the bundle lacks it. */
    public static String render(String key, List<String> args, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        if (!bundle.containsKey(key)) {
            return key;
        }
        MessageFormat format = new MessageFormat(bundle.getString(key), bundle.getLocale());
        return format.format(args.toArray());
    }

    static ResourceBundle bundle(Locale locale) {
        Locale chosen = locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, chosen, NotificationTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
