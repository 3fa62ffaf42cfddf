package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.programme.GoalEvaluation;
import se.klusterportalen.programme.GoalHistoryEntry;
import se.klusterportalen.programme.GoalKind;
import se.klusterportalen.programme.GoalStatus;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.Shortfall;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One goal: status, what it asks, the figure behind the status and the clusters that fall short. */
class GoalCard extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    final Span status;
    final Span figure = new Span();
    final Div shortfalls = new Div();

    /** @param edit opens the goal's edit dialog; {@code null} for those who may not edit */
    GoalCard(GoalEvaluation goal, ProgrammeService programmes, Runnable changed, Runnable edit) {
        addClassName("goal-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-left", "0.4em solid "
                        + StatusBadge.color(goal.status())).set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        var definition = goal.definition();
        status = StatusBadge.of(getTranslation("programme.goal.status." + goal.status().name()),
                StatusBadge.color(goal.status()));
        status.addClassName("goal-status");
        var title = new Span(definition.title());
        title.getStyle().set("font-weight", "600");
        var deadline = new Span(getTranslation("programme.goal.deadline", definition.deadline().toString()));
        deadline.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var kind = new Span(getTranslation("programme.goal.kind." + definition.kind().name()));
        kind.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var head = new Div(status, title);
        head.getStyle().set("display", "flex").set("gap", "0.6em").set("align-items", "baseline").set("flex-wrap", "wrap");
        var meta = new Div(kind, new Span(" · "), deadline);
        if (edit != null) {
            var change = new Button(getTranslation("programme.goal.edit"), click -> edit.run());
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            change.addClassName("goal-edit");
            meta.add(new Span(" · "), change);
        }
        add(head, meta);

        figure.addClassName("goal-figure");
        if (goal.status() == GoalStatus.NO_DATA) {
            figure.setText(getTranslation(definition.kind() == GoalKind.BASE_FUNDING_MAX
                    ? "programme.goal.no-data.funding" : "programme.goal.no-data"));
            add(new Div(figure));
        } else {
            goal.figure().ifPresent(f -> {
                figure.setText(figureText(goal, f));
                add(new Div(figure));
            });
        }
        if (!goal.shortfalls().isEmpty()) {
            shortfalls.addClassName("goal-shortfalls");
            shortfalls.add(new Span(getTranslation("programme.goal.short") + " "));
            shortfalls.add(new Span(String.join(", ", goal.shortfalls().stream().map(s -> shortfallText(goal, s))
                    .toList())));
            shortfalls.getStyle().set("font-size", "var(--lumo-font-size-s)");
            add(shortfalls);
        }
        if (!definition.kind().isRule()) {
            if (goal.comment() != null) {
                var comment = new Paragraph(goal.comment());
                comment.addClassName("goal-comment");
                comment.getStyle().set("margin", "0.3em 0");
                add(comment);
            }
            var history = new Details(getTranslation("programme.goal.history"));
            history.addOpenedChangeListener(open -> {
                if (open.isOpened()) {
                    history.removeAll();
                    var list = new UnorderedList();
                    for (GoalHistoryEntry entry : programmes.goalHistory(goal.id())) {
                        list.add(new ListItem(WHEN.format(entry.changedAt().atZone(SWEDEN)) + " " + entry.userDisplayName()
                                + ": " + getTranslation("programme.goal.status." + entry.status().name())
                                + (entry.comment() == null ? "" : " – " + entry.comment())));
                    }
                    history.add(list);
                }
            });
            var row = new Div(history);
            if (programmes.mayEdit()) {
                var judge = new Button(getTranslation("programme.goal.judge"),
                        click -> new JudgeGoalDialog(programmes, goal, changed).open());
                judge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                judge.addClassName("goal-judge");
                row.addComponentAsFirst(judge);
            }
            row.getStyle().set("display", "flex").set("gap", "1em").set("align-items", "baseline");
            add(row);
        }
    }

    private String figureText(GoalEvaluation goal, GoalEvaluation.Figure f) {
        var definition = goal.definition();
        return switch (definition.kind()) {
            case LABEL_AT_LEAST, LABEL_ALL -> getTranslation("programme.goal.figure.labels", f.value(), f.target(),
                    getTranslation("label.level." + definition.level().name()), goal.judgedOn().toString());
            case MEMBERS_EACH -> getTranslation("programme.goal.figure.members", f.value(), f.target(),
                    definition.threshold());
            case ECCP_ALL -> getTranslation("programme.goal.figure.eccp", f.value(), f.target());
            case COMMUNICATION_PLAN_ALL -> getTranslation("programme.goal.figure.communication", f.value(), f.target());
            case BASE_FUNDING_MAX -> getTranslation("programme.goal.figure.funding", Formats.integer(f.value()),
                    Formats.integer(f.target()), definition.fundingYear());
            case MANUAL -> "";
        };
    }

    private String shortfallText(GoalEvaluation goal, Shortfall shortfall) {
        String detail = switch (goal.definition().kind()) {
            case LABEL_AT_LEAST, LABEL_ALL -> shortfall.label()
                    .map(level -> getTranslation("label.level." + level.name()))
                    .orElse(getTranslation("programme.goal.short.no-label"))
                    + (shortfall.improving() ? ", " + getTranslation("programme.goal.short.planned") : "");
            case MEMBERS_EACH -> shortfall.figure()
                    .map(count -> getTranslation("programme.goal.short.members", count)
                            + (shortfall.improving() ? ", " + getTranslation("programme.goal.short.rising") : ""))
                    .orElse(getTranslation("programme.goal.short.no-count"));
            case BASE_FUNDING_MAX -> shortfall.figure().map(kr -> Formats.integer(kr) + " kr").orElse("");
            default -> "";
        };
        return detail.isEmpty() ? shortfall.clusterName() : shortfall.clusterName() + " (" + detail + ")";
    }
}
