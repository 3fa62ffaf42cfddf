package se.klusterportalen.programme;

import java.time.Instant;

/**
 * One saved version of a goal's status and comment: who, when (UTC).
 *
 * @param userDisplayName the name to show for {@code username}
 */
public record GoalHistoryEntry(Instant changedAt, String username, String userDisplayName, GoalStatus status,
                               String comment) {
}
