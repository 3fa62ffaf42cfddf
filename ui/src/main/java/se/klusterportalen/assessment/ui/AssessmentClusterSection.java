package se.klusterportalen.assessment.ui;

import com.vaadin.flow.component.Component;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.base.ui.ClusterPageSection;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.util.UUID;

/** The cluster page's phase-model section: latest fixed result, a chart against the previous round, the rounds. */
@org.springframework.stereotype.Component
class AssessmentClusterSection implements ClusterPageSection {

    private final AssessmentService assessments;
    private final CurrentUser currentUser;

    AssessmentClusterSection(AssessmentService assessments, CurrentUser currentUser) {
        this.assessments = assessments;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String titleKey() {
        return "assessment.section.title";
    }

    @Override
    public boolean visible() {
        return currentUser.get().map(user -> user.can(Permission.ASSESSMENT_VIEW)).orElse(false);
    }

    @Override
    public Component render(UUID clusterId) {
        return new ClusterAssessmentPanel(assessments.history(new ClusterId(clusterId)), assessments::phaseModel);
    }
}
