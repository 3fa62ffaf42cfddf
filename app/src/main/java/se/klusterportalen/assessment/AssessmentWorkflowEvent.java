package se.klusterportalen.assessment;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.cluster.ClusterId;

import java.time.Instant;

/**
 * A step of the self-assessment workflow that a user took, published by {@link AssessmentService} inside the
 * transaction that stored it; listeners that tell people about it (notifications) handle it after the commit, so a
 * rolled-back step tells no one.
 *
 * @param region  the region the step happened in (the listener runs in the same request)
 * @param actor   the username of who took the step
 * @param comment the officer's note when sending back, otherwise null
 * @param occurredAt when the step was taken (UTC); with the assessment it identifies the step
 */
public record AssessmentWorkflowEvent(Step step, String region, AssessmentId assessment, ClusterId cluster,
                                      String clusterName, String roundName, String actor, @Nullable String comment,
                                      Instant occurredAt) {

    /** What happened. */
    public enum Step {
        /** The cluster's manager handed the assessment in: the region's officers review it. */
        SUBMITTED,
        /** An officer sent it back to the cluster's managers as a draft, with a note. */
        SENT_BACK,
        /** An officer fixed (fastställde) the result. */
        FIXED
    }
}
