package se.klusterportalen.report;

import se.klusterportalen.assessment.AssessmentSummary;
import se.klusterportalen.assessment.PhaseModel;
import se.klusterportalen.cluster.ClusterProfile;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.label.ClusterLabels;
import se.klusterportalen.programme.MilestoneRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the one-page cluster report shows. */
record ClusterReport(String regionName, LocalDate date, ClusterProfile profile, Optional<AssessmentSummary> phase,
                     Optional<PhaseModel> model, ClusterLabels labels, Optional<ClusterFundingPlan> funding,
                     List<MilestoneRecord> milestones) {

    ClusterReport {
        milestones = List.copyOf(milestones);
    }
}
