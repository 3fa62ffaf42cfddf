package se.klusterportalen.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One notification waiting to be e-mailed, or the record of how its mail went (table {@code mail_outbox}, V90,
 * region-owned, not audited: the row is its own delivery record, ADR 0072). Written in the transaction that creates
 * the notification; {@link NotificationMailer} sends it later. A failed attempt is tried again after
 * {@link #backoff(int)}; after {@link #MAX_ATTEMPTS} attempts, or when the recipient has no address, it is
 * {@link State#FAILED} for good.
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMail extends RegionOwnedEntity {

    /** Attempts before a mail is given up: about two hours of retries with {@link #backoff(int)}. */
    static final int MAX_ATTEMPTS = 8;

    /** Where a mail is in its life. */
    enum State { PENDING, SENT, FAILED }

    @Column(name = "notification_id", nullable = false, updatable = false)
    private UUID notificationId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private @Nullable Instant nextAttemptAt;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "sent_to")
    private @Nullable String sentTo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    protected OutboxMail() {
    }

    /** A mail for the notification's recipient, due at once. */
    OutboxMail(UUID notificationId, String recipient, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.notificationId = notificationId;
        this.recipient = recipient;
        this.state = State.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** The wait after the {@code attempts}-th failed attempt: 1, 2, 4, 8, 16, 32 minutes, then hourly. */
    static Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 6));
        Duration wait = Duration.ofMinutes(1L << doublings);
        return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
    }

    UUID id() {
        return id;
    }

    UUID notificationId() {
        return notificationId;
    }

    String recipient() {
        return recipient;
    }

    State state() {
        return state;
    }

    int attempts() {
        return attempts;
    }

    Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    Optional<String> sentTo() {
        return Optional.ofNullable(sentTo);
    }

    Optional<Instant> doneAt() {
        return Optional.ofNullable(doneAt);
    }

    /** The SMTP server accepted the mail for {@code address}. */
    void sent(String address, Instant now) {
        attempts++;
        state = State.SENT;
        sentTo = address;
        doneAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** An attempt failed for a reason that may pass (SMTP or directory down): try again later, or give up. */
    void failedAttempt(String error, Instant now) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            giveUp(now);
        } else {
            nextAttemptAt = now.plus(backoff(attempts));
        }
    }

    /** Nothing to retry (the recipient has no address, the notification is gone): failed for good. */
    void undeliverable(String reason, Instant now) {
        lastError = reason;
        giveUp(now);
    }

    private void giveUp(Instant now) {
        state = State.FAILED;
        doneAt = now;
        nextAttemptAt = null;
    }
}
