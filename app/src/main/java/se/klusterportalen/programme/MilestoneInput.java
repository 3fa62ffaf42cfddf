package se.klusterportalen.programme;

import se.klusterportalen.cluster.ClusterId;

import java.time.LocalDate;

/**
 * A milestone as the officer enters it: for a programme, for one cluster, or both. The due date is either a date
 * or a quarter ("2017 Q2", meaning its last day); a quarter wins when both are given.
 */
public record MilestoneInput(ProgrammeId programme, ClusterId cluster, String title, LocalDate dueDate,
                             String dueQuarter, String responsible, MilestoneStatus status, LocalDate doneOn,
                             String comment) {
}
