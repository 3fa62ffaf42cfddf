package se.klusterportalen.assessment;

import java.time.Instant;

/**
 * Why an officer sent a submitted assessment back to the cluster's manager, by whom and when.
 *
 * @param by     the officer's username; {@code byName} the name to show
 */
public record ReturnNote(String by, String byName, Instant at, String comment) {
}
