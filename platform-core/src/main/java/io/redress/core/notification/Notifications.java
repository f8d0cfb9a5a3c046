package io.redress.core.notification;

import io.redress.core.NotFoundException;
import io.redress.core.audit.AuditTrail;
import io.redress.core.persistence.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes notifications, once per recipient and event, and reads each member's own. Escalations found by a sweep go
 * through an {@link Announcements} batch, which also appends them to the audit trail.
 */
@ApplicationScoped
public class Notifications implements NotificationDesk {

    /** The actor of the sweep's entries in the audit trail. */
    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Notifies each recipient of the notice unless they were notified of its source key already; within the caller's
     * transaction bound to the tenant (so that the event and its notifications commit together).
     *
     * @return how many notifications were written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int send(Collection<String> recipients, Notice notice) {
        Instant now = clock.instant();
        int written = 0;
        for (String recipient : new TreeSet<>(recipients)) {
            long known = em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :r AND n.sourceKey = :k", Long.class)
                    .setParameter("r", recipient).setParameter("k", notice.sourceKey()).getSingleResult();
            if (known == 0) {
                em.persist(new Notification(recipient, notice, now));
                written++;
            }
        }
        return written;
    }

    /** A batch of escalations for one transaction of a sweep; see {@link Announcements}. */
    public Announcements announcements() {
        return new Announcements(this);
    }

    /**
     * Appends an escalation to the audit trail (actor {@value #SYSTEM}, with whom it notified) and notifies them;
     * within the caller's transaction bound to the tenant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(String entityType, String entityId, String action, JsonObject detail, Notice notice,
                         Collection<String> recipients) {
        audit.append(entityType, entityId, action, SYSTEM, null, Json.createObjectBuilder(detail)
                .add("notified", Json.createArrayBuilder(new TreeSet<>(recipients))).build());
        send(recipients, notice);
    }

    @Override
    @Transactional
    public NotificationPage list(String tenant, String username, boolean unreadOnly, int page, int size) {
        Tenancy.bind(em, tenant);
        String where = " WHERE n.recipient = :me" + (unreadOnly ? " AND n.readAt IS NULL" : "");
        TypedQuery<Notification> select = em.createQuery("SELECT n FROM Notification n" + where
                + " ORDER BY n.createdAt DESC, n.seq DESC", Notification.class).setParameter("me", username);
        long total = em.createQuery("SELECT COUNT(n) FROM Notification n" + where, Long.class)
                .setParameter("me", username).getSingleResult();
        List<NotificationView> items = select.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(Notifications::view).toList();
        return new NotificationPage(items, total, unread(username), page, size);
    }

    @Override
    @Transactional
    public long unreadCount(String tenant, String username) {
        Tenancy.bind(em, tenant);
        return unread(username);
    }

    @Override
    @Transactional
    public NotificationView markRead(String tenant, String username, String id) {
        Tenancy.bind(em, tenant);
        Notification found = id == null ? null : em.find(Notification.class, id);
        if (found == null || !found.recipient().equals(username)) {
            // another member's notification is no more there for the caller than one that never was
            throw new NotFoundException("no notification " + id);
        }
        found.markRead(clock.instant());
        em.flush();
        return view(found);
    }

    @Override
    @Transactional
    public int markAllRead(String tenant, String username) {
        Tenancy.bind(em, tenant);
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipient = :me AND n.readAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("me", username).executeUpdate();
    }

    private long unread(String username) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :me AND n.readAt IS NULL", Long.class)
                .setParameter("me", username).getSingleResult();
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id(), n.kind(), n.caseNumber(), n.actionId(), n.messageKey(), n.messageArgs(),
                n.createdAt(), n.readAt());
    }

    /**
     * The escalations one transaction of a sweep found, told at its end: the sweep locks the cases it escalates one
     * after another, and the audit trail's head is locked by its first append until the transaction ends, so the
     * appends come after the last case lock, in the order every act on a case takes them (case, then trail).
     */
    public static final class Announcements {

        private final Notifications notifications;
        private final List<Runnable> pending = new ArrayList<>();

        private Announcements(Notifications notifications) {
            this.notifications = notifications;
        }

        /** One escalation, to be told by {@link #tell()}. */
        public void add(String entityType, String entityId, String action, JsonObject detail, Notice notice,
                        Collection<String> recipients) {
            List<String> to = List.copyOf(new TreeSet<>(recipients));
            pending.add(() -> notifications.announce(entityType, entityId, action, detail, notice, to));
        }

        /** Appends and notifies every escalation added, in order; within the sweep's transaction. */
        public void tell() {
            pending.forEach(Runnable::run);
            pending.clear();
        }
    }
}
