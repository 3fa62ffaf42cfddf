package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.Component;
import se.klusterportalen.base.ui.ClusterPageSection;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.programme.MilestoneRecord;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.Quarter;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The cluster page's milestones: the cluster's own ones, with status updates for its managers and officers. */
@org.springframework.stereotype.Component
class MilestoneClusterSection implements ClusterPageSection {

    private final ProgrammeService programmes;
    private final ClusterService clusters;
    private final CurrentUser currentUser;
    private final Clock clock;

    MilestoneClusterSection(ProgrammeService programmes, ClusterService clusters, CurrentUser currentUser, Clock clock) {
        this.programmes = programmes;
        this.clusters = clusters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String titleKey() {
        return "programme.milestone.section.title";
    }

    @Override
    public boolean visible() {
        return currentUser.get().map(user -> user.can(Permission.PROGRAMME_VIEW)).orElse(false);
    }

    @Override
    public Component render(UUID clusterId) {
        var cluster = new ClusterId(clusterId);
        LocalDate today = LocalDate.now(clock);
        var name = clusters.find(cluster).map(c -> c.name()).orElse("");
        var milestones = programmes.clusterMilestones(cluster);
        Quarter from = milestones.stream().map(MilestoneRecord::dueDate).min(LocalDate::compareTo)
                .map(Quarter::of).orElse(Quarter.of(today));
        Quarter to = milestones.stream().map(MilestoneRecord::dueDate).max(LocalDate::compareTo)
                .map(Quarter::of).orElse(Quarter.of(today));
        var panel = new MilestonePanel(programmes, Map.of(cluster, name), () -> programmes.clusterMilestones(cluster),
                today, from, to);
        panel.setId("cluster-milestones");
        return panel;
    }
}
