package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.programme.GoalEvaluation;
import se.klusterportalen.programme.GoalStatus;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.rejection.Rejection;
import java.util.Map;

/** The officer's judgement of a manual goal: status and comment. */
class JudgeGoalDialog extends Dialog {

    final Select<GoalStatus> status = new Select<>();
    final TextArea comment = new TextArea();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    JudgeGoalDialog(ProgrammeService programmes, GoalEvaluation goal, Runnable saved) {
        setHeaderTitle(goal.definition().title());
        setWidth("36em");
        status.setLabel(getTranslation("programme.goal.status"));
        status.setItems(GoalStatus.manual());
        status.setItemLabelGenerator(s -> getTranslation("programme.goal.status." + s.name()));
        status.setValue(goal.status());
        comment.setLabel(getTranslation("programme.goal.comment"));
        comment.setValue(goal.comment() == null ? "" : goal.comment());
        comment.setWidthFull();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        save.setText(getTranslation("programme.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(save, () -> {
            try {
                programmes.judgeGoal(goal.id(), status.getValue(), comment.getValue(), goal.version());
                saved.run();
                close();
            } catch (Rejection.Invalid e) {
                Rejections.showAt(e, Map.of("comment", comment, "status", status));
            } catch (Rejection.Stale e) {
                error.setText(getTranslation("programme.stale"));
                error.setVisible(true);
                save.setEnabled(false);
                saved.run();
            }
        });
        add(status, comment, error);
        getFooter().add(new Button(getTranslation("programme.cancel"), click -> close()), save);
    }
}
