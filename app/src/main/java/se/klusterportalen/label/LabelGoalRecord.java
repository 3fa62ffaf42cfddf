package se.klusterportalen.label;

import se.klusterportalen.cluster.ClusterId;

import java.time.LocalDate;

/** The label a cluster aims for, and by when. */
public record LabelGoalRecord(ClusterId clusterId, LabelLevel targetLevel, LocalDate targetDate, long version) {
}
