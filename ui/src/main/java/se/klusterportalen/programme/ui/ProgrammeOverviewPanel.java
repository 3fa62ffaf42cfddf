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

import se.klusterportalen.programme.Shortfall;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.EnumMap;
import java.util.Optional;

/**
 * The overview's goals panel: the newest programme's goals by status and its overdue milestones; the goals missed
 * or at risk are named with why ("3 av minst 5 — saknas: …").
 */
@org.springframework.stereotype.Component
class ProgrammeOverviewPanel implements OverviewPanel<ProgrammeOverviewPanel.Goals> {

    /** The panel's title, the programme page, its figures and the goals that need attention. */
    record Goals(String title, String page, List<Figures.Figure> figures, List<Attention> attention) {
        Goals {
            figures = List.copyOf(figures);
            attention = List.copyOf(attention);
        }
    }

    /** A goal missed or at risk: its status (the CSS class's suffix and the text) and what it is about and why. */
    record Attention(GoalStatus status, String statusText, String text) {
    }

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

    /** The chosen programme's goals (the newest programme when none is chosen or it is not the region's). */
    @Override
    public Optional<Goals> read(Scope scope) {
        var chosen = scope.chosen();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        var programme = chosen.get();
        String page = "programmes/" + programme.id();
        var ui = UI.getCurrent();
        var counts = new EnumMap<GoalStatus, Long>(GoalStatus.class);
        var goals = programmes.goals(programme.id());
        for (GoalEvaluation goal : goals) {
            counts.merge(goal.status(), 1L, Long::sum);
        }
        var figures = new ArrayList<Figures.Figure>();
        counts.forEach((status, count) -> figures.add(new Figures.Figure("overview-goals-" + status.name(),
                Formats.integer(count), ui.getTranslation("programme.goal.status." + status.name())).linked(page)));
        long overdue = programmes.milestones(programme.id()).stream().filter(MilestoneRecord::isOverdue).count();
        figures.add(new Figures.Figure("overview-milestones-overdue", Formats.integer(overdue),
                ui.getTranslation("overview.milestones.overdue")).linked(page));
        var attention = goals.stream()
                .filter(goal -> goal.status() == GoalStatus.MISSED || goal.status() == GoalStatus.AT_RISK)
                .map(goal -> {
                    String why = why(goal, ui);
                    return new Attention(goal.status(),
                            ui.getTranslation("programme.goal.status." + goal.status().name()) + ": ",
                            goal.definition().title() + (why.isEmpty() ? "" : " — " + why));
                }).toList();
        return Optional.of(new Goals(ui.getTranslation("overview.goals.title", programme.name()), page, figures,
                attention));
    }

    /** The figures panel with the goals that need attention as a list; all of it markup (issue #19). */
    @Override
    public Component show(Goals content) {
        var attention = new StringBuilder();
        if (!content.attention().isEmpty()) {
            attention.append("<ul id=\"overview-goals-attention\" class=\"overview-goals-attention\">");
            for (Attention goal : content.attention()) {
                attention.append("<li><span class=\"overview-goal-status-")
                        .append(goal.status().name().toLowerCase(Locale.ROOT)).append("\">")
                        .append(Figures.escape(goal.statusText())).append("</span><span>")
                        .append(Figures.escape(goal.text())).append("</span></li>");
            }
            attention.append("</ul>");
        }
        return Figures.panel("overview-programme", content.title(), content.page(), content.figures(),
                attention.toString());
    }

    /**
     * "3 av minst 5 per 2021-12-31 — saknas: A, B": the goal's figure on the date it is judged on (the deadline once
     * it has passed, so it is not read as today's figure next to today's labels) and the clusters that fall short.
     */
    static String why(GoalEvaluation goal, UI ui) {
        var parts = new ArrayList<String>();
        String on = goal.judgedOn().toString();
        goal.figure().ifPresent(figure -> parts.add(figure.unit() == GoalEvaluation.Figure.Unit.CLUSTERS
                ? ui.getTranslation("overview.goal.clusters", Formats.integer(figure.value()),
                        Formats.integer(figure.target()), on)
                : ui.getTranslation("overview.goal.kronor", Formats.kronor(figure.value()),
                        Formats.kronor(figure.target()), on)));
        if (!goal.shortfalls().isEmpty()) {
            // a large region's overview names the first ten; the goal's page (linked) has all of them
            var names = goal.shortfalls().stream().map(Shortfall::clusterName).toList();
            String listed = String.join(", ", names.subList(0, Math.min(names.size(), 10)))
                    + (names.size() > 10 ? " " + ui.getTranslation("overview.goal.more",
                    Formats.integer(names.size() - 10)) : "");
            parts.add(ui.getTranslation("overview.goal.missing", listed));
        }
        return String.join(" — ", parts);
    }
}
