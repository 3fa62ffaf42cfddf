package se.klusterportalen.assessment.ui;

import se.klusterportalen.assessment.PortfolioPhases;
import se.klusterportalen.base.ui.PortfolioColumn;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The portfolio grid's column with each cluster's overall phase from its latest fixed assessment. */
@org.springframework.stereotype.Component
class AssessmentPhaseColumn implements PortfolioColumn {

    private final PortfolioPhases phases;
    private final CurrentUser currentUser;

    AssessmentPhaseColumn(PortfolioPhases phases, CurrentUser currentUser) {
        this.phases = phases;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String headerKey() {
        return "assessment.column.phase";
    }

    /** Sorted in the database by the phase rank ({@code PortfolioQuery.Sort.PHASE}). */
    @Override
    public java.util.Optional<String> sortKey() {
        return java.util.Optional.of("PHASE");
    }

    @Override
    public boolean visible() {
        return currentUser.get().map(user -> user.can(Permission.ASSESSMENT_VIEW)).orElse(false);
    }

    /** Computed in the database for the page's clusters (one statement, no assessment loaded). */
    @Override
    public Map<UUID, String> values(Collection<UUID> clusterIds) {
        Map<UUID, String> values = new HashMap<>();
        phases.latestFixed(clusterIds.stream().map(ClusterId::new).toList())
                .forEach((cluster, phase) -> values.put(cluster.value(), phase));
        return values;
    }
}
