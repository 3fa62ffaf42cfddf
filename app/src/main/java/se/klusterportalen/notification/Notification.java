package se.klusterportalen.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One notification for one user of the region (not audited: the row is its own record, see V96 and ADR 0071). */
@Entity
@Table(name = "notification")
class Notification extends RegionOwnedEntity {

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(updatable = false)
    private @Nullable String detail;

    @Column(name = "due_date", updatable = false)
    private @Nullable LocalDate dueDate;

    @Column(nullable = false, updatable = false)
    private String link;

    @Column(name = "event_key", nullable = false, updatable = false)
    private String eventKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, NotificationKind kind, String subject, @Nullable String detail,
                 @Nullable LocalDate dueDate, String link, String eventKey, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.kind = kind;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
        this.dueDate = dueDate;
        this.link = link;
        this.eventKey = eventKey;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    /** Read from now on; reading again keeps the first time. */
    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NotificationRecord toRecord() {
        return new NotificationRecord(new NotificationId(id), kind, subject, detail, Optional.ofNullable(dueDate),
                link, createdAt, Optional.ofNullable(readAt));
    }
}
