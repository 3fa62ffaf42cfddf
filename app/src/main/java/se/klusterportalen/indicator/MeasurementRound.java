package se.klusterportalen.indicator;

import java.time.LocalDate;
import java.util.UUID;

/** A measurement date of the region (a reporting round), e.g. a baseline 2004-01-01 and a follow-up 2005-12-31. */
public record MeasurementRound(UUID id, LocalDate measuredOn, String name) {
}
