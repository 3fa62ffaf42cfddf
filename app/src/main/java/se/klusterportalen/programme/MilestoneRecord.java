package se.klusterportalen.programme;

import se.klusterportalen.cluster.ClusterId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A milestone as views show it.
 *
 * @param daysOverdue days since the due date when it has passed and the milestone is neither done nor cancelled,
 *                    otherwise 0
 */
public record MilestoneRecord(MilestoneId id, Optional<ProgrammeId> programme, Optional<ClusterId> cluster,
                              String title, LocalDate dueDate, Optional<Quarter> dueQuarter, String responsible,
                              MilestoneStatus status, Optional<LocalDate> doneOn, String comment, long version,
                              long daysOverdue) {

    public boolean isOverdue() {
        return daysOverdue > 0;
    }

    /** "2017 Q2" when planned by quarter, else the date. */
    public String dueText() {
        return dueQuarter.map(Quarter::toString).orElse(dueDate.toString());
    }
}
