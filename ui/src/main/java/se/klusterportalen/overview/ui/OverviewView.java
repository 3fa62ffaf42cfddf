package se.klusterportalen.overview.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.base.ui.Figures;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.OverviewPanel;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.region.RegionSummary;
import se.klusterportalen.security.Permission;
import se.klusterportalen.tenancy.RegionContext;

import java.time.Clock;
import java.time.LocalDate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The region at a glance, for politicians as much as officers: the portfolio by status, then what the features
 * contribute (goals, money, labels). Printable: the print button leaves navigation and buttons off the paper.
 */
@Route("")
@Menu(order = 0, title = "nav.overview", icon = "DASHBOARD")
@RolesAllowed(Permission.OVERVIEW_VIEW)
class OverviewView extends VerticalLayout implements HasDynamicTitle {

    OverviewView(ClusterService clusters, List<OverviewPanel> panels, RegionService regions, Clock clock) {
        setId("overview");
        addClassName("portal-overview");
        Map<ClusterStatus, Long> counts = clusters.countByStatus();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();

        var print = new Button(getTranslation("overview.print"), VaadinIcon.PRINT.create(),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("overview-print");
        print.addClassName("portal-no-print");
        var head = new HorizontalLayout(new H1(getTranslation("overview.title")), print);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        head.expand(head.getComponentAt(0));
        // on paper the navigation bar (with the region) is left off: the region and the date head the page instead
        var printHeader = new Paragraph(RegionContext.current().flatMap(regions::find).map(RegionSummary::name)
                .orElse("") + " · " + LocalDate.now(clock));
        printHeader.setId("overview-print-header");
        printHeader.addClassName("portal-print-only");
        add(printHeader, head, Figures.row(List.of(
                new Figures.Figure("overview-total", Formats.integer(total), getTranslation("overview.total")),
                new Figures.Figure("overview-active", Formats.integer(counts.get(ClusterStatus.ACTIVE)),
                        getTranslation("cluster.status.ACTIVE")),
                new Figures.Figure("overview-being-set-up", Formats.integer(counts.get(ClusterStatus.BEING_SET_UP)),
                        getTranslation("cluster.status.BEING_SET_UP")),
                new Figures.Figure("overview-closed", Formats.integer(counts.get(ClusterStatus.CLOSED)),
                        getTranslation("cluster.status.CLOSED")))));
        panels.stream().filter(OverviewPanel::visible).sorted(Comparator.comparingInt(OverviewPanel::order))
                .forEach(panel -> panel.render().ifPresent(this::add));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " – " + getTranslation("app.name");
    }
}
