package se.klusterportalen.programme;

/** What a programme goal asks for. All but {@link #MANUAL} are evaluated from the data. */
public enum GoalKind {
    /** At least {@code threshold} clusters with a valid label of at least {@code level} by the deadline. */
    LABEL_AT_LEAST,
    /** Every cluster with a valid label of at least {@code level} by the deadline. */
    LABEL_ALL,
    /** Every cluster with at least {@code threshold} members (latest count) by the deadline. */
    MEMBERS_EACH,
    /** Every cluster registered on the European Cluster Collaboration Platform by the deadline. */
    ECCP_ALL,
    /** Every cluster with a communication plan by the deadline. */
    COMMUNICATION_PLAN_ALL,
    /** Regional base funding at most {@code threshold} kronor per cluster in {@code fundingYear}. */
    BASE_FUNDING_MAX,
    /** Free text; the officer sets the status. */
    MANUAL;

    public boolean isRule() {
        return this != MANUAL;
    }

    public boolean needsLevel() {
        return this == LABEL_AT_LEAST || this == LABEL_ALL;
    }

    public boolean needsThreshold() {
        return this == LABEL_AT_LEAST || this == MEMBERS_EACH || this == BASE_FUNDING_MAX;
    }
}
