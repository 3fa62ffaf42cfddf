package se.klusterportalen.label;

import se.klusterportalen.cluster.ClusterId;

import java.time.LocalDate;
import java.util.Optional;

/** One awarded label of a cluster; expired ones stay in the history. */
public record LabelRecord(LabelId id, ClusterId clusterId, LabelLevel level, LocalDate assessedOn,
                          LocalDate validUntil, Optional<Integer> scorePercent, String issuerReference, long version) {

    /** Valid from the assessment date up to and including the last day of validity. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(assessedOn) && !date.isAfter(validUntil);
    }
}
