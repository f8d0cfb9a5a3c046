package io.redress.core.notification;

import java.util.List;
import java.util.Objects;

/**
 * An event to tell people about, before it is written once per recipient.
 *
 * @param sourceKey names the event within the tenant (a clock's rung, an approval step …): a recipient is notified
 *                  of one source key once
 * @param args      the message's arguments, in the order of its bundle text's {@code {0}}, {@code {1}} …
 */
public record Notice(NotificationKind kind, String caseNumber, String actionId, String sourceKey, List<String> args) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceKey, "sourceKey");
        args = List.copyOf(args);
    }

    /** The bundle key of the message: {@code notification.} and the kind. */
    public String messageKey() {
        return "notification." + kind.name();
    }
}
