package se.klusterportalen.comparison;

import java.time.Instant;

/** A region that takes part in the comparison, for the platform administrator: since when and who opted it in. */
public record Participant(String regionCode, Instant since, String by) {
}
