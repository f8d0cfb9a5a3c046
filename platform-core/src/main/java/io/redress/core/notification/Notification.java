package io.redress.core.notification;

import io.redress.core.persistence.TenantOwned;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One notification of one staff member: what happened (a bundle key and its arguments, rendered in the reader's
 * language), about which case or corrective action, when, and when they read it.
 */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwned {

    @Id
    private String id;
    @Column(nullable = false)
    private String recipient;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;
    @Column(name = "case_number")
    private String caseNumber;
    @Column(name = "action_id")
    private String actionId;
    @Column(name = "source_key", nullable = false)
    private String sourceKey;
    @Column(name = "message_key", nullable = false)
    private String messageKey;
    @Column(name = "message_args", nullable = false)
    private String messageArgs;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    /** Given by the database on insert: the order of writing. */
    @Column(insertable = false, updatable = false)
    private Long seq;

    protected Notification() {
    }

    Notification(String recipient, Notice notice, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.recipient = recipient;
        this.kind = notice.kind();
        this.caseNumber = notice.caseNumber();
        this.actionId = notice.actionId();
        this.sourceKey = notice.sourceKey();
        this.messageKey = notice.messageKey();
        JsonArrayBuilder args = Json.createArrayBuilder();
        notice.args().forEach(args::add);
        this.messageArgs = args.build().toString();
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public String id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public NotificationKind kind() {
        return kind;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String actionId() {
        return actionId;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> messageArgs() {
        try (var reader = Json.createReader(new StringReader(messageArgs))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
