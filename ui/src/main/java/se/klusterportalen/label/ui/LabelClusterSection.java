package se.klusterportalen.label.ui;

import se.klusterportalen.base.ui.ClusterPageSection;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The cluster page's label section: current label, warnings, goal, history; officers add labels and goals. */
@org.springframework.stereotype.Component
class LabelClusterSection implements ClusterPageSection {

    private final LabelService labels;
    private final CurrentUser currentUser;
    private final Clock clock;

    LabelClusterSection(LabelService labels, CurrentUser currentUser, Clock clock) {
        this.labels = labels;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String titleKey() {
        return "label.section.title";
    }

    @Override
    public boolean visible() {
        return currentUser.get().map(user -> user.can(Permission.LABEL_VIEW)).orElse(false);
    }

    @Override
    public com.vaadin.flow.component.Component render(UUID clusterId) {
        boolean mayEdit = currentUser.get().map(user -> user.can(Permission.LABEL_EDIT)).orElse(false);
        return new LabelPanel(labels, new ClusterId(clusterId), mayEdit, LocalDate.now(clock));
    }
}
