package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.cluster.County;
import se.klusterportalen.security.Permission;

import java.util.Locale;

/** The region's cluster initiatives, read-only: sortable columns and a text filter. */
@Route("clusters")
@Menu(order = 1, title = "nav.clusters", icon = "CLUSTER")
@RolesAllowed(Permission.CLUSTER_VIEW)
class ClusterListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ClusterSummary> grid = new Grid<>();
    final TextField filter = new TextField();
    final Span count = new Span();
    private final ListDataProvider<ClusterSummary> data;

    ClusterListView(ClusterService clusters) {
        setId("cluster-list");
        setSizeFull();
        data = new ListDataProvider<>(clusters.list());

        filter.setId("cluster-filter");
        filter.setPlaceholder(getTranslation("clusters.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter(change.getValue()));
        filter.setWidth("20em");

        count.setId("cluster-count");
        grid.setId("cluster-grid");
        grid.addColumn(ClusterSummary::name).setHeader(getTranslation("cluster.name")).setSortable(true)
                .setKey("name").setFlexGrow(2);
        grid.addColumn(ClusterSummary::sector).setHeader(getTranslation("cluster.sector")).setSortable(true)
                .setKey("sector").setFlexGrow(2);
        grid.addColumn(c -> c.county() == null ? "" : c.county().officialName())
                .setHeader(getTranslation("cluster.county")).setSortable(true).setKey("county");
        grid.addColumn(c -> getTranslation("cluster.status." + c.status().name()))
                .setHeader(getTranslation("cluster.status")).setSortable(true).setKey("status");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setDataProvider(data);
        grid.setSizeFull();

        var toolbar = new HorizontalLayout(filter, count);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("clusters.title")), toolbar, grid);
        updateCount();
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        data.setFilter(cluster -> needle.isEmpty() || matches(cluster, needle));
        updateCount();
    }

    private static boolean matches(ClusterSummary cluster, String needle) {
        return contains(cluster.name(), needle) || contains(cluster.sector(), needle)
                || contains(cluster.county() == null ? null : cluster.county().officialName(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void updateCount() {
        count.setText(getTranslation("clusters.count", data.size(new com.vaadin.flow.data.provider.Query<>())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clusters.title") + " – " + getTranslation("app.name");
    }
}
