package se.klusterportalen.notification;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.PortalUser;

import java.time.Clock;
import java.util.List;

/**
 * The signed-in user's own notifications in their region: the list (newest first), the unread count for the bell,
 * marking one or all read. Every signed-in user has notifications; no one sees or marks another's (a notification
 * of someone else is as unknown as a made-up id). Notifications are raised by the features' events and the daily
 * checks, never here.
 */
@Service
public class NotificationService {

    /** The most a list shows. */
    public static final int MAX_LISTED = 200;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The user's notifications, newest first, at most {@link #MAX_LISTED}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationRecord> mine() {
        return notifications.findByRecipientOrderByCreatedAtDesc(username(), Limit.of(MAX_LISTED)).stream()
                .map(Notification::toRecord).toList();
    }

    /** How many of the user's notifications are unread (the bell's figure). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(username());
    }

    /**
     * Marks one of the user's notifications read (again: no change).
     *
     * @throws Rejection.NotFound {@code notification.not-found} for an unknown id or someone else's notification
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NotificationRecord markRead(NotificationId id) {
        var notification = notifications.findById(id.value()).filter(n -> n.recipient().equals(username()))
                .orElseThrow(() -> new Rejection.NotFound("notification.not-found"));
        notification.markRead(clock.instant());
        return notification.toRecord();
    }

    /** Marks all of the user's unread notifications read; returns how many were unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        var unread = notifications.findByRecipientAndReadAtIsNull(username());
        var now = clock.instant();
        unread.forEach(notification -> notification.markRead(now));
        return unread.size();
    }

    private String username() {
        return currentUser.get().map(PortalUser::username).orElseThrow(() -> new Rejection.Forbidden("notification.no-user"));
    }
}
