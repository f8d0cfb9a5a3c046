package io.redress.core.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A staff member's own notifications, for the API and the UI; every call sees the caller's notifications only. */
public interface NotificationDesk {

    /** A page of the member's notifications, newest first, optionally unread ones only, with their unread count. */
    NotificationPage list(String tenant, String username, boolean unreadOnly, int page, int size);

    /** How many of the member's notifications are unread. */
    long unreadCount(String tenant, String username);

    /**
     * Marks one of the member's notifications read (again: no change).
     *
     * @throws io.redress.core.NotFoundException if the member has no notification of that id
     */
    NotificationView markRead(String tenant, String username, String id);

    /** Marks all the member's notifications read; how many were unread. */
    int markAllRead(String tenant, String username);

    record NotificationView(String id, NotificationKind kind, String caseNumber, String actionId, String messageKey,
                            List<String> args, Instant createdAt, Instant readAt) {

        public boolean read() {
            return readAt != null;
        }

        /** The message in the language of {@code locale} (Chinese or English). */
        public String text(Locale locale) {
            return NotificationTexts.render(messageKey, args, locale);
        }
    }

    record NotificationPage(List<NotificationView> items, long total, long unreadCount, int page, int size) {
    }
}
