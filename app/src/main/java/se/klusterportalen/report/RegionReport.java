package se.klusterportalen.report;

import se.klusterportalen.assessment.PhaseDistribution;
import se.klusterportalen.assessment.PortfolioMatrix;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.funding.ProgrammeFunding;
import se.klusterportalen.label.LabelRecord;
import se.klusterportalen.programme.GoalEvaluation;
import se.klusterportalen.programme.MilestoneRecord;
import se.klusterportalen.programme.ProgrammeSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the region report shows, gathered once for the caller's region: the portfolio with members, current label
 * and latest phase per cluster, the programme's goals, funding and milestones, and the newest fixed round's matrix
 * with its phase distribution and the change since the round before.
 */
record RegionReport(String regionName, LocalDate date, Optional<ProgrammeSummary> programme, List<Row> portfolio,
                    List<GoalEvaluation> goals, Optional<ProgrammeFunding> funding, List<MilestoneRecord> milestones,
                    Optional<PhaseDistribution> phases, List<Expiring> expiringLabels) {

    /** A cluster of the portfolio. */
    record Row(ClusterSummary cluster, Optional<Integer> members, Optional<LabelRecord> label,
               Optional<Integer> overallPhase) {
    }

    /** A label that ends within 90 days of the report's date. */
    record Expiring(String clusterName, LabelRecord label) {
    }

    RegionReport {
        portfolio = List.copyOf(portfolio);
        goals = List.copyOf(goals);
        milestones = List.copyOf(milestones);
        expiringLabels = List.copyOf(expiringLabels);
    }

    /** The newest fixed round's portfolio matrix. */
    Optional<PortfolioMatrix> matrix() {
        return phases.map(PhaseDistribution::newest);
    }

}
