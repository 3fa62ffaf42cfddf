package se.klusterportalen.notification;

import java.util.UUID;

/** The id of one notification. */
public record NotificationId(UUID value) {
}
