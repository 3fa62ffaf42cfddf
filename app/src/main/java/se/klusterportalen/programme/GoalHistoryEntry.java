package se.klusterportalen.programme;

import java.time.Instant;

/** One saved version of a goal's status and comment: who, when (UTC). */
public record GoalHistoryEntry(Instant changedAt, String username, GoalStatus status, String comment) {
}
