package se.klusterportalen.label.ui;

import se.klusterportalen.base.ui.DateField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.label.LabelGoalRecord;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelService;

import java.util.Map;
import java.util.Optional;
import se.klusterportalen.rejection.Rejection;

/** Sets the label a cluster aims for and by when. */
class LabelGoalDialog extends Dialog {

    final Select<LabelLevel> level = new Select<>();
    final DateField date = new DateField();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    LabelGoalDialog(LabelService labels, ClusterId cluster, Optional<LabelGoalRecord> existing, Runnable saved) {
        setHeaderTitle(getTranslation("label.goal.set"));
        level.setLabel(getTranslation("label.goal.level"));
        level.setItems(LabelLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("label.level." + l.name()));
        date.setLabel(getTranslation("label.goal.date"));
        existing.ifPresent(goal -> {
            level.setValue(goal.targetLevel());
            date.setValue(goal.targetDate());
        });
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        save.setText(getTranslation("label.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(save, () -> {
            level.setInvalid(false);
            date.setInvalid(false);
            try {
                labels.setGoal(cluster, level.getValue(), date.getValue(), existing.map(LabelGoalRecord::version));
                saved.run();
                close();
            } catch (Rejection.Invalid e) {
                Rejections.showAt(e, Map.of("targetLevel", level, "targetDate", date));
            } catch (Rejection.Stale e) {
                error.setText(getTranslation("label.stale"));
                error.setVisible(true);
                saved.run();
            }
        });
        add(new FormLayout(level, date), error);
        getFooter().add(new Button(getTranslation("label.cancel"), click -> close()), save);
    }
}
