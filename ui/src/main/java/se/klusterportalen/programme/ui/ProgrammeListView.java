package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.button.Button;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The region's programmes; a click opens the programme page with its goals and milestones. */
@Route("programmes")
@Menu(order = 5, title = "programme.nav", icon = "FLAG")
@RolesAllowed(Permission.PROGRAMME_VIEW)
class ProgrammeListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ProgrammeSummary> grid = new Grid<>();

    ProgrammeListView(ProgrammeService programmes, ClusterService clusters, Clock clock) {
        setId("programme-list");
        grid.setId("programme-grid");
        Grids.readable(grid);
        grid.addColumn(ProgrammeSummary::name).setHeader(getTranslation("programme.name")).setFlexGrow(3);
        grid.addColumn(p -> p.startYear() + "–" + p.endYear()).setHeader(getTranslation("programme.period"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.clusters().size()).setHeader(getTranslation("programme.cluster-count"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(programmes.list());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ProgrammeView.class,
                new RouteParameters("programmeId", click.getItem().id().toString()))));
        add(new H1(getTranslation("programme.list.title")));
        if (programmes.mayEdit()) {
            var add = new Button(getTranslation("programme.add"), VaadinIcon.PLUS.create(), click ->
                    new ProgrammeDialog(programmes, clusters.list(), LocalDate.now(clock), Optional.empty(),
                            created -> getUI().ifPresent(ui -> ui.navigate(ProgrammeView.class,
                                    new RouteParameters("programmeId", created.id().toString())))).open());
            add.setId("programme-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.list.title") + " – " + getTranslation("app.name");
    }
}
