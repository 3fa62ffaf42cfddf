package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import se.klusterportalen.base.ui.ClusterPageSection;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.util.UUID;

/** The cluster page's funding section: the cluster's plan in each programme it belongs to. */
@org.springframework.stereotype.Component
class FundingClusterSection implements ClusterPageSection {

    private final FundingService funding;
    private final CurrentUser currentUser;

    FundingClusterSection(FundingService funding, CurrentUser currentUser) {
        this.funding = funding;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String titleKey() {
        return "funding.section.title";
    }

    @Override
    public boolean visible() {
        return currentUser.get().filter(user -> user.can(Permission.FUNDING_VIEW)).isPresent();
    }

    @Override
    public com.vaadin.flow.component.Component render(UUID clusterId) {
        var cluster = new ClusterId(clusterId);
        boolean editable = currentUser.get().filter(user -> user.can(Permission.FUNDING_EDIT)).isPresent();
        var section = new Div();
        section.addClassName("funding-section");
        var programmes = funding.programmesOf(cluster);
        if (programmes.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("funding.section.no-programme")));
        }
        for (var programme : programmes) {
            var heading = new H3(new Anchor(ClusterFundingView.path(programme.id(), cluster), programme.name()));
            section.add(heading, new ClusterFundingPanel(funding, funding.clusterPlan(programme.id(), cluster), editable));
        }
        return section;
    }
}
