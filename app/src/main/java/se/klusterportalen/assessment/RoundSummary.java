package se.klusterportalen.assessment;

import java.time.Instant;

/** A round with how many of its assessments are fixed. */
public record RoundSummary(RoundId id, String name, int frameworkVersion, Instant openedAt, int assessments,
                           int fixed) {
}
