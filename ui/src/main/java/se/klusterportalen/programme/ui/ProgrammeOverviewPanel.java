package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import se.klusterportalen.base.ui.Figures;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.OverviewPanel;
import se.klusterportalen.programme.GoalEvaluation;
import se.klusterportalen.programme.GoalStatus;
import se.klusterportalen.programme.MilestoneRecord;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Optional;

/** The overview's goals panel: the newest programme's goals by status and its overdue milestones. */
@org.springframework.stereotype.Component
class ProgrammeOverviewPanel implements OverviewPanel {

    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    ProgrammeOverviewPanel(ProgrammeService programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean visible() {
        return currentUser.get().filter(user -> user.can(Permission.PROGRAMME_VIEW)).isPresent();
    }

    @Override
    public Optional<Component> render() {
        var list = programmes.list();
        if (list.isEmpty()) {
            return Optional.empty();
        }
        var programme = list.getFirst();
        var ui = UI.getCurrent();
        var counts = new EnumMap<GoalStatus, Long>(GoalStatus.class);
        for (GoalEvaluation goal : programmes.goals(programme.id())) {
            counts.merge(goal.status(), 1L, Long::sum);
        }
        var figures = new ArrayList<Figures.Figure>();
        counts.forEach((status, count) -> figures.add(new Figures.Figure("overview-goals-" + status.name(),
                Formats.integer(count), ui.getTranslation("programme.goal.status." + status.name()))));
        long overdue = programmes.milestones(programme.id()).stream().filter(MilestoneRecord::isOverdue).count();
        figures.add(new Figures.Figure("overview-milestones-overdue", Formats.integer(overdue),
                ui.getTranslation("overview.milestones.overdue")));
        return Optional.of(Figures.panel("overview-programme", ui.getTranslation("overview.goals.title",
                programme.name()), "programmes/" + programme.id(), figures));
    }
}
