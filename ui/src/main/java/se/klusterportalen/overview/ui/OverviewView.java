package se.klusterportalen.overview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.security.Permission;

import java.util.Map;

/** The region's portfolio at a glance: how many clusters, by status. */
@Route("")
@Menu(order = 0, title = "nav.overview", icon = "DASHBOARD")
@RolesAllowed(Permission.OVERVIEW_VIEW)
class OverviewView extends VerticalLayout implements HasDynamicTitle {

    OverviewView(ClusterService clusters) {
        setId("overview");
        Map<ClusterStatus, Long> counts = clusters.countByStatus();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();

        var figures = new FlexLayout(
                figure("overview-total", getTranslation("overview.total"), total),
                figure("overview-active", getTranslation("cluster.status.ACTIVE"), counts.get(ClusterStatus.ACTIVE)),
                figure("overview-being-set-up", getTranslation("cluster.status.BEING_SET_UP"), counts.get(ClusterStatus.BEING_SET_UP)),
                figure("overview-closed", getTranslation("cluster.status.CLOSED"), counts.get(ClusterStatus.CLOSED)));
        figures.addClassName("portal-figures");
        add(new H1(getTranslation("overview.title")), figures);
    }

    private Div figure(String id, String label, long value) {
        var number = new Span(Formats.integer(value));
        number.addClassName("portal-figure-value");
        var caption = new Span(label);
        caption.addClassName("portal-figure-label");
        var card = new Div(number, caption);
        card.setId(id);
        card.addClassName("portal-figure");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " – " + getTranslation("app.name");
    }
}
