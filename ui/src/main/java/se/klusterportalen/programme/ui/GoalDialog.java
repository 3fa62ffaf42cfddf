package se.klusterportalen.programme.ui;

import se.klusterportalen.base.ui.DateField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import se.klusterportalen.programme.GoalId;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.programme.GoalDefinition;
import se.klusterportalen.programme.GoalEvaluation;
import se.klusterportalen.programme.GoalKind;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import se.klusterportalen.rejection.Rejection;

/**
 * A new programme goal or a change to one: the fields follow the kind (a label level, a number of clusters or
 * members, a maximum in kronor and its year). The kind of a saved goal stays as it is.
 */
class GoalDialog extends Dialog {

    /** Chosen when the dialog opens: a repeated save adds one goal. */
    private final GoalId newId = GoalId.random();

    final Select<GoalKind> kind = new Select<>();
    final TextField title = new TextField();
    final DateField deadline = new DateField();
    final Select<LabelLevel> level = new Select<>();
    final TextField threshold = new TextField();
    final IntegerField fundingYear = new IntegerField();
    final Button save = new Button();
    final Span error = new Span();
    private final Map<String, HasValidation> fields = Map.of("kind", kind, "title", title, "deadline", deadline,
            "level", level, "threshold", threshold, "fundingYear", fundingYear);

    GoalDialog(ProgrammeService programmes, ProgrammeSummary programme, Optional<GoalEvaluation> existing,
               Runnable saved) {
        setId("goal-dialog");
        setHeaderTitle(getTranslation(existing.isPresent() ? "programme.goal.edit" : "programme.goal.add"));
        setWidth("40em");
        kind.setId("goal-kind");
        kind.setLabel(getTranslation("programme.goal.kind"));
        kind.setItems(GoalKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("programme.goal.kind." + k.name()));
        kind.addValueChangeListener(change -> showFieldsFor(change.getValue()));
        title.setId("goal-title");
        title.setLabel(getTranslation("programme.goal.title"));
        title.setMaxLength(500);
        deadline.setId("goal-deadline");
        deadline.setLabel(getTranslation("programme.goal.deadline.label"));
        level.setId("goal-level");
        level.setLabel(getTranslation("programme.goal.level"));
        level.setItems(LabelLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("label.level." + l.name()));
        threshold.setId("goal-threshold");
        fundingYear.setId("goal-year");
        fundingYear.setLabel(getTranslation("programme.goal.year"));
        fundingYear.setMin(programme.startYear());
        fundingYear.setMax(programme.endYear());
        fundingYear.setStepButtonsVisible(true);

        existing.ifPresentOrElse(this::show, () -> {
            kind.setValue(GoalKind.MANUAL);
            fundingYear.setValue(programme.endYear());
        });
        kind.setReadOnly(existing.isPresent());

        save.setId("goal-save");
        save.setText(getTranslation("programme.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(save, () -> {
            fields.values().forEach(field -> field.setInvalid(false));
            error.setText("");
            try {
                var definition = definition();
                if (existing.isPresent()) {
                    programmes.updateGoal(existing.get().id(), definition, existing.get().version());
                } else {
                    programmes.addGoal(newId, programme.id(), definition);
                }
                saved.run();
                close();
            } catch (Rejection.Stale e) {
                error.setText(getTranslation("programme.stale"));
            } catch (Rejection.Invalid e) {
                Rejections.showAt(e, fields);
            }
        });
        error.setId("goal-error");
        error.getStyle().set("color", StatusBadge.RED);
        var form = new FormLayout(kind, title, deadline, level, threshold, fundingYear);
        form.setColspan(title, 2);
        add(form, error);
        getFooter().add(new Button(getTranslation("programme.cancel"), click -> close()), save);
    }

    private void show(GoalEvaluation goal) {
        var definition = goal.definition();
        kind.setValue(definition.kind());
        title.setValue(definition.title());
        deadline.setValue(definition.deadline());
        level.setValue(definition.level());
        threshold.setValue(definition.threshold() == null ? "" : definition.threshold().toString());
        fundingYear.setValue(definition.fundingYear());
    }

    private void showFieldsFor(GoalKind chosen) {
        boolean funding = chosen == GoalKind.BASE_FUNDING_MAX;
        level.setVisible(chosen != null && chosen.needsLevel());
        threshold.setVisible(chosen != null && chosen.needsThreshold());
        threshold.setLabel(getTranslation(funding ? "programme.goal.threshold.kronor"
                : chosen == GoalKind.MEMBERS_EACH ? "programme.goal.threshold.members" : "programme.goal.threshold.clusters"));
        fundingYear.setVisible(funding);
        deadline.setVisible(!funding);
    }

    /** What the officer entered; the service checks it (a missing or zero threshold, a year outside, …). */
    private GoalDefinition definition() {
        GoalKind chosen = kind.getValue();
        Long amount = null;
        if (chosen != null && chosen.needsThreshold() && !threshold.getValue().isBlank()) {
            amount = wholeNumber(threshold.getValue());
        }
        boolean funding = chosen == GoalKind.BASE_FUNDING_MAX;
        Integer year = funding ? fundingYear.getValue() : null;
        LocalDate due = funding ? (year == null ? null : LocalDate.of(year, 12, 31)) : deadline.getValue();
        return new GoalDefinition(chosen, title.getValue(), due, chosen != null && chosen.needsLevel() ? level.getValue() : null,
                amount, year);
    }

    /** "3", "1 000 000" or "1 000 000 kr"; anything else is refused at the threshold field. */
    private static long wholeNumber(String text) {
        String digits = text.replaceAll("[\\s\u00a0\u202f]", "").replaceFirst("(?i)kr$", "");
        if (!digits.matches("\\d{1,15}")) {
            throw new Rejection.Invalid("threshold", "programme.goal.threshold.invalid");
        }
        return Long.parseLong(digits);
    }
}
