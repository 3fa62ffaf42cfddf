package se.klusterportalen.assessment;

import java.time.Instant;

/** Why an officer sent a submitted assessment back to the cluster's manager, by whom and when. */
public record ReturnNote(String by, Instant at, String comment) {
}
