package se.klusterportalen.programme;

public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, DONE, DELAYED, CANCELLED;

    /** Done or cancelled milestones are never overdue. */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
