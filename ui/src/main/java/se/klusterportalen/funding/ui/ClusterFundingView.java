package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.rejection.Rejection;

/** One cluster's funding plan in one programme, on a page of its own. */
@Route("funding/programmes/:programmeId/clusters/:clusterId")
@RolesAllowed(Permission.FUNDING_VIEW)
class ClusterFundingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FundingService funding;
    private final CurrentUser currentUser;
    final H1 title = new H1();
    ClusterFundingPanel panel;

    ClusterFundingView(FundingService funding, CurrentUser currentUser) {
        this.funding = funding;
        this.currentUser = currentUser;
        setId("cluster-funding");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClusterFundingPlan plan;
        try {
            var programme = ProgrammeId.parse(event.getRouteParameters().get("programmeId").orElse(""));
            var cluster = ClusterId.parse(event.getRouteParameters().get("clusterId").orElse(""));
            plan = funding.clusterPlan(programme, cluster);
        } catch (Rejection.NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title.setText(plan.clusterName());
        var back = new Anchor(ProgrammeFundingView.path(plan.programme()), getTranslation("funding.back-to-programme",
                plan.programmeName()));
        back.setId("funding-back");
        boolean editable = currentUser.get().filter(user -> user.can(Permission.FUNDING_EDIT)).isPresent();
        panel = new ClusterFundingPanel(funding, plan, editable);
        add(back, title, panel);
    }

    static String path(ProgrammeId programme, ClusterId cluster) {
        return "funding/programmes/" + programme + "/clusters/" + cluster;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funding.title") + " – " + title.getText() + " – " + getTranslation("app.name");
    }
}
