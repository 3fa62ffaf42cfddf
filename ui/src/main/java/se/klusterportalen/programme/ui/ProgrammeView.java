package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.programme.GoalEvaluation;
import se.klusterportalen.programme.GoalStatus;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.programme.Quarter;
import se.klusterportalen.security.Permission;
import se.klusterportalen.rejection.Rejection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One programme: its goals with status, figures and the clusters falling short; its milestones. */
@Route("programmes/:programmeId")
@RolesAllowed(Permission.PROGRAMME_VIEW)
class ProgrammeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgrammeService programmes;
    private final ClusterService clusters;
    private final LocalDate today;
    private ProgrammeSummary programme;

    final H1 title = new H1();
    final Paragraph summary = new Paragraph();
    final Div statusCounts = new Div();
    final Div goals = new Div();
    MilestonePanel milestones;

    ProgrammeView(ProgrammeService programmes, ClusterService clusters, Clock clock) {
        this.programmes = programmes;
        this.clusters = clusters;
        this.today = LocalDate.now(clock);
        setId("programme-page");
        goals.setId("programme-goals");
        goals.setWidthFull();
        statusCounts.setId("programme-goal-counts");
        statusCounts.getStyle().set("display", "flex").set("gap", "0.5em").set("flex-wrap", "wrap");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProgrammeId id;
        try {
            id = ProgrammeId.parse(event.getRouteParameters().get("programmeId").orElse(""));
        } catch (Rejection.NotFound malformed) {
            throw new NotFoundException();
        }
        programme = programmes.find(id).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        Map<ClusterId, String> clusterNames = clusters.list().stream()
                .collect(Collectors.toMap(ClusterSummary::id, ClusterSummary::name));
        removeAll();
        title.setText(programme.name());
        summary.setText(getTranslation("programme.summary", programme.startYear() + "–" + programme.endYear(),
                programme.clusters().size(), today.toString()));
        milestones = new MilestonePanel(programmes, clusterNames, () -> programmes.milestones(programme.id()), today,
                new Quarter(programme.startYear(), 1), new Quarter(programme.endYear(), 4));
        var goalsHeading = new H2(getTranslation("programme.goals"));
        var milestonesHeading = new H2(getTranslation("programme.milestones"));
        add(title, summary);
        if (programmes.mayEdit()) {
            var edit = new Button(getTranslation("programme.edit"), VaadinIcon.EDIT.create(), click ->
                    new ProgrammeDialog(programmes, clusters.list(), today, Optional.of(programme),
                            changed -> {
                                programme = changed;
                                render();
                            }).open());
            edit.setId("programme-edit");
            add(edit);
        }
        add(goalsHeading, statusCounts);
        if (programmes.mayEdit()) {
            var addGoal = new Button(getTranslation("programme.goal.add"), VaadinIcon.PLUS.create(),
                    click -> new GoalDialog(programmes, programme, Optional.empty(), this::showGoals).open());
            addGoal.setId("goal-add");
            add(addGoal);
        }
        add(goals, milestonesHeading);
        if (programmes.mayEdit()) {
            var add = new Button(getTranslation("programme.milestone.add"), VaadinIcon.PLUS.create(),
                    click -> new MilestoneDialog(programmes, programme.id(), clusterNames, milestones::reload).open());
            add.setId("milestone-add");
            add(add);
        }
        add(milestones);
        showGoals();
    }

    private void showGoals() {
        List<GoalEvaluation> evaluations = programmes.goals(programme.id());
        goals.removeAll();
        if (evaluations.isEmpty()) {
            goals.add(new Paragraph(getTranslation("programme.goals.none")));
        }
        boolean editable = programmes.mayEdit();
        evaluations.forEach(goal -> goals.add(new GoalCard(goal, programmes, this::showGoals, editable
                ? () -> new GoalDialog(programmes, programme, Optional.of(goal), this::showGoals).open() : null)));
        var counts = new EnumMap<GoalStatus, Long>(GoalStatus.class);
        evaluations.forEach(goal -> counts.merge(goal.status(), 1L, Long::sum));
        statusCounts.removeAll();
        counts.forEach((status, count) -> statusCounts.add(StatusBadge.of(
                getTranslation("programme.goal.status." + status.name()) + ": " + count, StatusBadge.color(status))));
    }

    @Override
    public String getPageTitle() {
        return (programme == null ? getTranslation("programme.list.title") : programme.name()) + " – "
                + getTranslation("app.name");
    }
}
