package se.klusterportalen.programme;

public enum GoalStatus {
    ACHIEVED, ON_TRACK, AT_RISK, MISSED,
    /** A rule goal whose data the portal does not hold (yet). */
    NO_DATA,
    /** A manual goal the officer has not judged yet. */
    NOT_ASSESSED;

    /** The statuses an officer may set on a manual goal. */
    public static GoalStatus[] manual() {
        return new GoalStatus[]{NOT_ASSESSED, ACHIEVED, ON_TRACK, AT_RISK, MISSED};
    }
}
