package io.redress.ui.notification;

import io.redress.core.NotFoundException;
import io.redress.core.notification.NotificationDesk;
import io.redress.core.notification.NotificationKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The desk's rules in memory, enough for the views: each member sees and marks their own only. */
public final class InMemoryNotificationDesk implements NotificationDesk {

    static final Instant NOW = Instant.parse("2026-12-07T02:30:00Z");
    private final List<Item> items = new ArrayList<>();
    private int next = 1;

    private record Item(String tenant, String recipient, NotificationView view) {
    }

    public NotificationView add(String tenant, String recipient, NotificationKind kind, String caseNumber, String actionId,
                                List<String> args, Instant at) {
        NotificationView view = new NotificationView("n" + next++, kind, caseNumber, actionId, "notification." + kind.name(),
                args, at, null);
        items.add(new Item(tenant, recipient, view));
        return view;
    }

    private List<Item> of(String tenant, String username) {
        return items.stream().filter(i -> i.tenant().equals(tenant) && i.recipient().equals(username))
                .sorted(Comparator.comparing((Item i) -> i.view().createdAt()).reversed()).toList();
    }

    @Override
    public NotificationPage list(String tenant, String username, boolean unreadOnly, int page, int size) {
        List<NotificationView> mine = of(tenant, username).stream().map(Item::view).filter(v -> !unreadOnly || !v.read()).toList();
        List<NotificationView> slice = mine.stream().skip((long) page * size).limit(size).toList();
        return new NotificationPage(slice, mine.size(), unreadCount(tenant, username), page, size);
    }

    @Override
    public long unreadCount(String tenant, String username) {
        return of(tenant, username).stream().filter(i -> !i.view().read()).count();
    }

    @Override
    public NotificationView markRead(String tenant, String username, String id) {
        Item found = of(tenant, username).stream().filter(i -> i.view().id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("no notification " + id));
        return read(found);
    }

    @Override
    public int markAllRead(String tenant, String username) {
        List<Item> unread = of(tenant, username).stream().filter(i -> !i.view().read()).toList();
        unread.forEach(this::read);
        return unread.size();
    }

    private NotificationView read(Item item) {
        if (item.view().read()) {
            return item.view();
        }
        NotificationView v = item.view();
        NotificationView read = new NotificationView(v.id(), v.kind(), v.caseNumber(), v.actionId(), v.messageKey(), v.args(),
                v.createdAt(), NOW);
        items.set(items.indexOf(item), new Item(item.tenant(), item.recipient(), read));
        return read;
    }
}
